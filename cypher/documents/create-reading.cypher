// Keeps a document's reading: its text, what was recognised in it and the proposals under review,
// as JSON (a reading is the reader's work, never an :Entity nor a fact). `revision` guards against
// two decisions overwriting each other.
CREATE (d:DocumentReading {id: $id, addedAt: $addedAt, json: $json, summary: $summary, revision: 0})
RETURN d.id AS id
