// Notes when a token was last used. Returns its key. $id: SHA-256 of the secret.
MATCH (t:ApiToken {id: $id})
SET t.lastUsedAt = toString(datetime())
RETURN t.key AS key
