// Makes `id` unique among :Region nodes (and indexes it). Idempotent; no parameters.
CREATE CONSTRAINT region_id IF NOT EXISTS
FOR (n:Region) REQUIRE n.id IS UNIQUE
