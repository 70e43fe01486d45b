// Creates one relationship between two entities; returns how many (0 when an end is missing).
// $type: checked against the model's relationship types before this runs; $from, $to, $properties.
MATCH (start:Entity {id: $from})
MATCH (end:Entity {id: $to})
CREATE (start)-[r:$($type)]->(end)
SET r = $properties
RETURN count(r) AS created
