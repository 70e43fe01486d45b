// The stored labels and properties of the entities with these ids (those that exist).
// Returns { id, labels, properties }. $ids: [string].
UNWIND $ids AS wanted
MATCH (n:Entity {id: wanted})
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties
