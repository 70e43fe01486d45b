// Replaces the properties of one relationship found in this transaction. Returns how many.
// $key: its elementId; $properties: the whole new map.
MATCH ()-[r]->()
WHERE elementId(r) = $key
SET r = $properties
RETURN count(r) AS updated
