// Saves a reading's proposals after a decision, unless someone else saved it since (its revision).
MATCH (d:DocumentReading {id: $id})
WHERE d.revision = $revision
SET d.json = $json, d.summary = $summary, d.revision = $revision + 1
RETURN d.id AS id
