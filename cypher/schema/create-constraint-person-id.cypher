// Makes `id` unique among :Person nodes (and indexes it). Idempotent; no parameters.
CREATE CONSTRAINT person_id IF NOT EXISTS
FOR (n:Person) REQUIRE n.id IS UNIQUE
