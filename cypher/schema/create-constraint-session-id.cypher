// Makes `id` unique among :Session nodes (and indexes it). Idempotent; no parameters.
CREATE CONSTRAINT session_id IF NOT EXISTS
FOR (s:Session) REQUIRE s.id IS UNIQUE
