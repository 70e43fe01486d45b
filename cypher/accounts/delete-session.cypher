// Closes one session (signing out). Returns how many were closed. $id: SHA-256 of the cookie value.
MATCH (s:Session {id: $id})
DELETE s
RETURN count(*) AS deleted
