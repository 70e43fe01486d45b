// The account a single sign-on identity signed in with before, or no row.
// $origin: the issuer; $subjectDigest: the HMAC of the provider's `sub` for the person.
MATCH (a:Account {origin: $origin, subjectDigest: $subjectDigest})
RETURN a { .id, .emailSealed, .name, .role, .organisation, .organisationId, .active, .origin, .createdAt, .lastSignInAt, .mustChangePassword } AS account
