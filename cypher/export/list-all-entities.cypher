// Every entity with its labels and properties, ordered by id (whole-graph exports and checksums).
// $skip, $limit: the page to return.
MATCH (n:Entity)
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties
ORDER BY id
SKIP $skip
LIMIT $limit
