// Hides an entity (a soft delete, restorable): it loses its labels, kept in `hiddenLabels`, and
// becomes a :Hidden node that no search, page, export or digest sees; its links stay, unseen.
// Returns how many were hidden. $id; $labels: its labels, checked against the model before this runs.
MATCH (n:Entity {id: $id})
SET n.hiddenLabels = labels(n)
REMOVE n:$($labels)
SET n:Hidden
RETURN count(n) AS hidden
