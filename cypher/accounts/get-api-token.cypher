// The account behind an API token, if the account is active; else no row. $id: SHA-256 of the secret.
MATCH (t:ApiToken {id: $id})
MATCH (a:Account {id: t.accountId})
WHERE a.active
RETURN a { .id, .emailSealed, .name, .role, .organisation, .organisationId, .active, .origin, .createdAt, .lastSignInAt, .mustChangePassword } AS account
