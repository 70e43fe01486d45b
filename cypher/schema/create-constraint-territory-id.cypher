// Makes `id` unique among :Territory nodes (and indexes it). Idempotent; no parameters.
CREATE CONSTRAINT territory_id IF NOT EXISTS
FOR (n:Territory) REQUIRE n.id IS UNIQUE
