// Deletes many relationships found in this transaction by list-relationships-among; returns how
// many. $keys: their elementIds.
UNWIND $keys AS key
MATCH ()-[r]->()
WHERE elementId(r) = key
DELETE r
RETURN count(*) AS deleted
