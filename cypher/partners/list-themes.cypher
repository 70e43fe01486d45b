// The theme vocabulary as the partner finder reads free text with it: each theme's id, its French
// and English names, its synonyms (French word forms), the ids of its broader themes, and how many
// actors and projects address it (to know when a broader theme is worth searching).
// No parameters.
MATCH (theme:Theme)
RETURN theme { .id, .name, .nameEn, .synonyms, broader: [(theme)-[:BROADER]->(broader:Theme) | broader.id],
  addressedBy: COUNT { (theme)<-[:ADDRESSES]-() } } AS theme
ORDER BY theme.id
