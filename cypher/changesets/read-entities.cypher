// Entities as they are now, for planning a change (no lock: the change itself re-checks them).
// $ids: entity ids; unknown ones give no row.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties, COUNT { (n)--() } AS degree
