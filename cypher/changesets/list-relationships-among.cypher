// The relationships of one type from some entities to others, with a key valid in this
// transaction: a run of deletions (a revert) finds each one it removes among them.
// $type; $froms, $tos: entity ids (the caller keeps the pairs it wants).
MATCH (start:Entity)-[r]->(end:Entity)
WHERE start.id IN $froms AND end.id IN $tos AND type(r) = $type
RETURN start.id AS from, end.id AS to, elementId(r) AS key, properties(r) AS properties
