// The direct relationships of an entity in both directions, with a summary of the node at the
// other end (a Territoire d'industrie's phase tells two of one name apart); curated links come
// before geography and vocabulary ones.
// $id: the entity id; $limit: most relationships returned.
MATCH (n:Entity {id: $id})-[r]-(other:Entity)
WITH n, r, other, type(r) AS type
ORDER BY CASE WHEN type IN ['IN', 'INCLUDES', 'BROADER'] THEN 1 ELSE 0 END, type, other.name
LIMIT $limit
RETURN type,
       CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction,
       properties(r) AS properties,
       other { .id, .name, .description, .clusterKind, .phase, labels: labels(other) } AS other
