// Makes `id` unique among :Department nodes (and indexes it). Idempotent; no parameters.
CREATE CONSTRAINT department_id IF NOT EXISTS
FOR (n:Department) REQUIRE n.id IS UNIQUE
