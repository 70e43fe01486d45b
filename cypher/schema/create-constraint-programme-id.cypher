// Makes `id` unique among :Programme nodes (and indexes it). Idempotent; no parameters.
CREATE CONSTRAINT programme_id IF NOT EXISTS
FOR (n:Programme) REQUIRE n.id IS UNIQUE
