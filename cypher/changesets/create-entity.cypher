// Creates one entity with its labels and properties; returns its id.
// $labels: checked against the model's kinds before this runs; $properties: { id, name, … }.
CREATE (n:Entity)
SET n = $properties
SET n:$($labels)
RETURN n.id AS id
