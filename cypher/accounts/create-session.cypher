// Opens a session: stored under the SHA-256 of its cookie value, never the value itself.
// $session: { id (hash), accountId, expiresAt (ISO) }
CREATE (s:Session)
SET s = $session, s.createdAt = toString(datetime())
RETURN s.id AS id
