// The session with this hash and its account, if unexpired and the account active; else no row.
// $id: SHA-256 of the cookie value; $now: ISO date-time.
MATCH (s:Session {id: $id})
WHERE s.expiresAt > $now
MATCH (a:Account {id: s.accountId})
WHERE a.active
RETURN a { .id, .emailSealed, .name, .role, .organisation, .organisationId, .active, .origin, .createdAt, .lastSignInAt, .mustChangePassword } AS account
