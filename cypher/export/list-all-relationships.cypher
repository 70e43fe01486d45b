// Every relationship between entities with its type, ends and properties, in a stable order.
// $skip, $limit: the page to return.
MATCH (start:Entity)-[r]->(end:Entity)
RETURN type(r) AS type, start.id AS from, end.id AS to, properties(r) AS properties
ORDER BY from, type, to
SKIP $skip
LIMIT $limit
