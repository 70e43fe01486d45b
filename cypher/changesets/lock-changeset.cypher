// One changeset, locked for the rest of the transaction (two curators cannot publish it twice).
// $id.
MATCH (c:Changeset {id: $id})
SET c.locked = true
REMOVE c.locked
RETURN properties(c) AS changeset
