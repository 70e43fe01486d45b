// One account's public fields, or no row. $id: the account id.
MATCH (a:Account {id: $id})
RETURN a { .id, .emailSealed, .name, .role, .organisation, .organisationId, .active, .origin, .createdAt, .lastSignInAt, .mustChangePassword } AS account,
  a.passwordSealed AS passwordSealed
