// Records a review or a revert on a changeset (status, reviewer, note, revertedBy…). Returns its id.
// $id; $changes: the properties to set.
MATCH (c:Changeset {id: $id})
SET c += $changes
RETURN c.id AS id
