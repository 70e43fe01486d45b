// How many relationships of each type an entity has. $id: the entity id.
MATCH (n:Entity {id: $id})-[r]-(:Entity)
RETURN type(r) AS type, count(r) AS count
ORDER BY type
