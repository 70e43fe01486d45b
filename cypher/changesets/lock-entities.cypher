// Takes the write locks of many entities at once, as lock-entity does for one (no other
// transaction changes them until this one ends), and returns each one's id, labels, properties and
// number of relationships; an unknown id gives no row. $ids: entity ids (a run of deletions).
MATCH (n:Entity)
WHERE n.id IN $ids
SET n.lockedByChangeset = true
REMOVE n.lockedByChangeset
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties, COUNT { (n)--() } AS degree
