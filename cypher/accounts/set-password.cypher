// Replaces an account's (sealed) password hash; `mustChangePassword` when an administrator set it.
// Returns the account id. $id, $passwordSealed, $mustChangePassword.
MATCH (a:Account {id: $id})
SET a.passwordSealed = $passwordSealed, a.mustChangePassword = $mustChangePassword, a.failedSignIns = 0, a.lockedUntil = null
RETURN a.id AS id
