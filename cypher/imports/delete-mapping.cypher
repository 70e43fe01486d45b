// Deletes one of an account's saved column mappings. Returns how many were deleted (0 when it is
// not theirs). $id: the mapping; $ownerId: the account.
MATCH (m:ImportMapping {id: $id})
WHERE m.ownerId = $ownerId
DELETE m
RETURN count(*) AS deleted
