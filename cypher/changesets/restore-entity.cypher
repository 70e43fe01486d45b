// Restores a hidden entity with the labels it had. Returns how many were restored.
// $id; $labels: the labels to give back, checked against the model before this runs.
MATCH (n:Hidden {id: $id})
REMOVE n:Hidden
SET n:$($labels)
REMOVE n.hiddenLabels
RETURN count(n) AS restored
