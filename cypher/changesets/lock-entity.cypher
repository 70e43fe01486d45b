// Takes the write lock of an entity (so that no other transaction changes it until this one ends)
// and returns its labels, properties and number of relationships; no row when there is none.
// $id: the entity id.
MATCH (n:Entity {id: $id})
SET n.lockedByChangeset = true
REMOVE n.lockedByChangeset
RETURN labels(n) AS labels, properties(n) AS properties, COUNT { (n)--() } AS degree
