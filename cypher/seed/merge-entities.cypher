// Creates or updates entities; running it twice with the same rows changes nothing.
// $rows: [{ id, labels: [kind, 'Actor'?, 'Funder'?], properties: { id, name, sources, … } }]
// Labels are checked against the known kinds before this statement runs.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row.properties
SET n:$(row.labels)
RETURN count(n) AS written
