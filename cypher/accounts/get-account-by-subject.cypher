// The account a single sign-on identity signed in with before, or no row.
// $origin: the issuer; $subject: the provider's `sub` for the person.
MATCH (a:Account {origin: $origin, subject: $subject})
RETURN a { .id, .email, .name, .role, .organisation, .organisationId, .active, .origin, .createdAt, .lastSignInAt, .mustChangePassword } AS account
