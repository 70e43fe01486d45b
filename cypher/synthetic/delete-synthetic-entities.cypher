// Deletes up to $limit synthetic nodes with all their relationships (every synthetic relationship
// has a synthetic end); returns how many nodes went. Run again until it returns 0.
// $limit: nodes per transaction.
MATCH (n:Entity)
WHERE n.synthetic = true
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
