// Makes `id` unique among :Changeset nodes (and indexes it). Idempotent; no parameters.
CREATE CONSTRAINT changeset_id IF NOT EXISTS
FOR (c:Changeset) REQUIRE c.id IS UNIQUE
