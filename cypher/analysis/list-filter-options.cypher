// What an analysis can be restricted to: every région (`regions`: id, name) and every theme
// (`themes`: id, name, nameEn, and `root`, the id of its top-level theme, itself for a top-level
// one), each list sorted by name. No parameters.
RETURN COLLECT {
  MATCH (r:Region)
  RETURN r { .id, .name } AS region
  ORDER BY region.name
} AS regions,
COLLECT {
  MATCH (t:Theme)
  RETURN t {
    .id, .name, .nameEn,
    root: head(COLLECT { MATCH (t)-[:BROADER*0..]->(top:Theme) WHERE NOT (top)-[:BROADER]->() RETURN top.id ORDER BY top.id })
  } AS theme
  ORDER BY theme.name
} AS themes
