// The actors and projects that address the given themes, most connected first, with the name of
// the theme that brought them: a search that finds a theme (« hydrogène », the example of the
// search box) also offers who works on it, where the names alone found only the theme.
// $themes: theme ids; $kind: a kind label or null; $limit: rows returned.
MATCH (theme:Entity)
WHERE theme.id IN $themes AND theme:Theme
MATCH (theme)<-[:ADDRESSES]-(node:Entity)
WHERE (node:Actor OR node:Project) AND ($kind IS NULL OR $kind IN labels(node))
WITH node, min(theme.name) AS via, min(theme.id) AS viaId
ORDER BY COUNT { (node)--() } DESC, node.name
LIMIT $limit
RETURN node { .id, .name, .description, .clusterKind, .phase, labels: labels(node) } AS entity,
       {id: viaId, name: via} AS via,
       COLLECT { MATCH (node)-[:LOCATED_IN|IN]->(place:Entity) RETURN place.name ORDER BY place.name LIMIT 1 }[0] AS context
