// Makes `id` unique among :DocumentReading nodes (and indexes it). Idempotent; no parameters.
CREATE CONSTRAINT document_reading_id IF NOT EXISTS
FOR (d:DocumentReading) REQUIRE d.id IS UNIQUE
