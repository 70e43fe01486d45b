// One document's reading, with its revision (for the next save).
MATCH (d:DocumentReading {id: $id})
RETURN d.json AS json, d.revision AS revision
