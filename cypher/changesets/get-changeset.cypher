// One changeset, or no row. $id.
MATCH (c:Changeset {id: $id})
RETURN properties(c) AS changeset
