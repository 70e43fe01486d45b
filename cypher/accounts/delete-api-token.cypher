// Revokes one of an account's tokens. Returns how many were revoked. $accountId, $key.
MATCH (t:ApiToken {accountId: $accountId, key: $key})
DELETE t
RETURN count(*) AS deleted
