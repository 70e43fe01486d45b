// Replaces an account's password hash; `mustChangePassword` when an administrator set it.
// Returns the account id. $id, $passwordHash, $mustChangePassword.
MATCH (a:Account {id: $id})
SET a.passwordHash = $passwordHash, a.mustChangePassword = $mustChangePassword, a.failedSignIns = 0, a.lockedUntil = null
RETURN a.id AS id
