// Creates synthetic entities (CREATE, not MERGE: the unique constraint on :Entity(id) makes a
// second load fail instead of mixing two graphs). Returns how many were created.
// $rows: [{ labels: [kind, 'Entity', 'Actor'?, 'Funder'?], properties: { id, name, synthetic: true, … } }]
// Labels are checked against the known kinds before this statement runs.
UNWIND $rows AS row
CREATE (n:$(row.labels))
SET n = row.properties
RETURN count(n) AS written
