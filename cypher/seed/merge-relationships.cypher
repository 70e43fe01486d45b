// Creates or updates relationships, one per (type, start, end); returns how many were written
// so that a missing endpoint fails the whole import instead of being skipped.
// $rows: [{ type, from, to, properties: { sources, evidence?, … } }]
// Types are checked against the known relationship types before this statement runs.
UNWIND $rows AS row
MATCH (start:Entity {id: row.from})
MATCH (end:Entity {id: row.to})
MERGE (start)-[r:$(row.type)]->(end)
SET r = row.properties
RETURN count(r) AS written
