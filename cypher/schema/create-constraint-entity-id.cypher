// Makes `id` unique among :Entity nodes (and indexes it). Idempotent; no parameters.
CREATE CONSTRAINT entity_id IF NOT EXISTS
FOR (n:Entity) REQUIRE n.id IS UNIQUE
