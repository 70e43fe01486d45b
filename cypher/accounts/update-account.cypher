// An administrator's change to an account: role, active, name, organisation (null leaves a field
// as it is). Returns the account's public fields. $id, $changes: { role?, active?, name?, organisation? }
MATCH (a:Account {id: $id})
SET a.role = coalesce($changes.role, a.role),
  a.active = coalesce($changes.active, a.active),
  a.name = coalesce($changes.name, a.name),
  a.organisation = coalesce($changes.organisation, a.organisation)
RETURN a { .id, .emailSealed, .name, .role, .organisation, .organisationId, .active, .origin, .createdAt, .lastSignInAt, .mustChangePassword } AS account
