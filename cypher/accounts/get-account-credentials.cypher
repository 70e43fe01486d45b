// The account with this e-mail and what signing in checks (hash, failures, lock), or no row.
// $emailDigest: the HMAC of the lower-cased e-mail.
MATCH (a:Account {emailDigest: $emailDigest})
RETURN a { .id, .emailSealed, .name, .role, .organisation, .organisationId, .active, .origin, .createdAt, .lastSignInAt, .mustChangePassword } AS account,
  a.passwordSealed AS passwordSealed, coalesce(a.failedSignIns, 0) AS failedSignIns, a.lockedUntil AS lockedUntil
