// Orders the list of documents read by date without a scan. Idempotent; no parameters.
CREATE INDEX document_reading_added_at IF NOT EXISTS
FOR (d:DocumentReading) ON (d.addedAt)
