// Deletes many entities that have no relationship left (a revert of their creation); never
// DETACH. Returns how many were deleted. $ids: entity ids, checked in the same transaction.
MATCH (n:Entity)
WHERE n.id IN $ids AND NOT EXISTS { (n)--() }
DELETE n
RETURN count(*) AS deleted
