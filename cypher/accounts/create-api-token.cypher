// Stores an API token under the SHA-256 of its secret, never the secret itself.
// $token: { id (hash), key, accountId, name, prefix }
CREATE (t:ApiToken)
SET t = $token, t.createdAt = toString(datetime())
RETURN t { .key, .name, .prefix, .createdAt, .lastUsedAt } AS token
