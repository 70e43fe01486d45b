// Makes `id` unique among :Project nodes (and indexes it). Idempotent; no parameters.
CREATE CONSTRAINT project_id IF NOT EXISTS
FOR (n:Project) REQUIRE n.id IS UNIQUE
