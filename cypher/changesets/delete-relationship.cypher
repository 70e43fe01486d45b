// Deletes one relationship found in this transaction by list-relationships-between.
// Returns how many. $key: its elementId.
MATCH ()-[r]->()
WHERE elementId(r) = $key
DELETE r
RETURN count(*) AS deleted
