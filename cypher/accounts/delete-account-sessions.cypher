// Closes every session of an account (deactivated, password reset). Returns how many.
// $accountId.
MATCH (s:Session {accountId: $accountId})
DELETE s
RETURN count(*) AS deleted
