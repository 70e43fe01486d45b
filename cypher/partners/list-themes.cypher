// The theme vocabulary as the partner finder reads free text with it: each theme's id, its French
// and English names, its synonyms (French word forms) and the ids of its broader themes.
// No parameters.
MATCH (theme:Theme)
RETURN theme { .id, .name, .nameEn, .synonyms, broader: [(theme)-[:BROADER]->(broader:Theme) | broader.id] } AS theme
ORDER BY theme.id
