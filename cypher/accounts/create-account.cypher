// Creates an account (never an :Entity: no search, export or digest sees it); fails on a taken
// e-mail through the unique constraint. Returns the account's public fields.
// $account: { id, email, name, role, organisation?, origin, subject?, passwordHash?, mustChangePassword }
CREATE (a:Account)
SET a = $account, a.active = true, a.createdAt = toString(datetime()), a.failedSignIns = 0
RETURN a { .id, .email, .name, .role, .organisation, .organisationId, .active, .origin, .createdAt, .lastSignInAt, .mustChangePassword } AS account
