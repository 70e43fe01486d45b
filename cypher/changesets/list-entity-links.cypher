// Every relationship of an entity, both ways, with the other end's id and the properties, for a
// merge. $id.
MATCH (n:Entity {id: $id})-[r]-(other:Entity)
RETURN type(r) AS type, startNode(r) = n AS outgoing, other.id AS other, properties(r) AS properties
ORDER BY type, other
