// The relationships of one type from one entity to another, with a key valid in this transaction.
// $type, $from, $to.
MATCH (start:Entity {id: $from})-[r]->(end:Entity {id: $to})
WHERE type(r) = $type
RETURN elementId(r) AS key, properties(r) AS properties
