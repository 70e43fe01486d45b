// Creates an account (never an :Entity: no search, export or digest sees it); fails on a taken
// e-mail through the unique constraint on its digest. Returns the account's fields (e-mail sealed).
// $account: { id, emailDigest, emailSealed, name, role, organisation?, origin, subjectDigest?,
//   passwordSealed?, mustChangePassword }
CREATE (a:Account)
SET a = $account, a.active = true, a.createdAt = toString(datetime()), a.failedSignIns = 0
RETURN a { .id, .emailSealed, .name, .role, .organisation, .organisationId, .active, .origin, .createdAt, .lastSignInAt, .mustChangePassword } AS account
