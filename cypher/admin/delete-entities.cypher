// Deletes the entities with these ids and their relationships; the tests use it to take out a
// fixture they added. Returns how many were deleted. $ids: list of entity ids.
MATCH (n:Entity)
WHERE n.id IN $ids
DETACH DELETE n
RETURN count(*) AS deleted
