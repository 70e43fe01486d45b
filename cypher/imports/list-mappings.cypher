// The column mappings an account saved, newest first. $ownerId: the account.
MATCH (m:ImportMapping)
WHERE m.ownerId = $ownerId
RETURN m.id AS id, m.name AS name, m.preset AS preset, m.mapping AS mapping, m.createdAt AS createdAt
ORDER BY m.createdAt DESC
