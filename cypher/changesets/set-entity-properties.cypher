// Sets some properties of an entity; a null value removes the property. Returns its id.
// $id: the entity id; $properties: { name: '…', description: null, … }.
MATCH (n:Entity {id: $id})
SET n += $properties
RETURN n.id AS id
