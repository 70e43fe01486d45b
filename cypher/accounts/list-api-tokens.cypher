// An account's API tokens, newest first (never their secret). $accountId.
MATCH (t:ApiToken {accountId: $accountId})
RETURN t { .key, .name, .prefix, .createdAt, .lastUsedAt } AS token
ORDER BY t.createdAt DESC
