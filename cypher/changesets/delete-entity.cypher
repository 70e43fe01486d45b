// Deletes an entity that has no relationship left (a revert of its creation); never DETACH.
// Returns how many were deleted. $id: the entity id.
MATCH (n:Entity {id: $id})
WHERE NOT EXISTS { (n)--() }
DELETE n
RETURN count(*) AS deleted
