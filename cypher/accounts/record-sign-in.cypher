// A successful sign-in: failures forgotten, lock lifted, date kept. Returns the account id.
// $id: the account id.
MATCH (a:Account {id: $id})
SET a.failedSignIns = 0, a.lockedUntil = null, a.lastSignInAt = toString(datetime())
RETURN a.id AS id
