// Entities whose name or aliases match a full-text query, best first, with a place for context.
// $query: Lucene query over accent-folded terms; $kind: a kind label or null;
// $clusterKind: a cluster kind (pole-de-competitivite, cluster…) or null;
// $candidates: how many index hits to consider; $limit: rows returned. The caller ranks the rows
// again by how the whole of what was typed appears in the name or an alias (`search-ranking.ts`).
CALL db.index.fulltext.queryNodes('entity_names', $query, { limit: $candidates })
YIELD node, score
WHERE ($kind IS NULL OR $kind IN labels(node))
  AND ($clusterKind IS NULL OR node.clusterKind = $clusterKind)
// Curated actors and projects first when a place has the same name; documents last.
WITH node, score * CASE WHEN node:Commune OR node:EPCI THEN 0.8 WHEN node:Source THEN 0.5 ELSE 1.0 END AS rank
ORDER BY rank DESC, node.name
LIMIT $limit
RETURN node { .id, .name, .description, .clusterKind, .aliases, .phase, labels: labels(node) } AS entity,
       rank AS score,
       COLLECT { MATCH (node)-[:LOCATED_IN|IN]->(place:Entity) RETURN place.name ORDER BY place.name LIMIT 1 }[0] AS context
