// Every account, by e-mail, with its number of open sessions and API tokens. No parameters.
MATCH (a:Account)
RETURN a { .id, .emailSealed, .name, .role, .organisation, .organisationId, .active, .origin, .createdAt, .lastSignInAt, .mustChangePassword } AS account,
  COUNT { (s:Session {accountId: a.id}) } AS sessions, COUNT { (t:ApiToken {accountId: a.id}) } AS tokens
ORDER BY a.name
