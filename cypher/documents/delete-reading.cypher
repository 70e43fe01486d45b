// Removes a reading whose source could not be recorded, so that nothing is left half-stored.
MATCH (d:DocumentReading {id: $id})
DELETE d
