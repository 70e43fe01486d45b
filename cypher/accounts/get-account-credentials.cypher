// The account with this e-mail and what signing in checks (hash, failures, lock), or no row.
// $email: lower-cased e-mail.
MATCH (a:Account {email: $email})
RETURN a { .id, .email, .name, .role, .organisation, .organisationId, .active, .origin, .createdAt, .lastSignInAt, .mustChangePassword } AS account,
  a.passwordHash AS passwordHash, coalesce(a.failedSignIns, 0) AS failedSignIns, a.lockedUntil AS lockedUntil
