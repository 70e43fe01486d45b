// Makes `id` unique among :Source nodes (and indexes it). Idempotent; no parameters.
CREATE CONSTRAINT source_id IF NOT EXISTS
FOR (n:Source) REQUIRE n.id IS UNIQUE
