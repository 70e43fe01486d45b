// Entities as they are now, for planning a change (no lock: the change itself re-checks them).
// $ids: entity ids; unknown ones give no row.
MATCH (n:Entity)
WHERE n.id IN $ids
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties, COUNT { (n)--() } AS degree
