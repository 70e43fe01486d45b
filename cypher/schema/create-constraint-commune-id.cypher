// Makes `id` unique among :Commune nodes (and indexes it). Idempotent; no parameters.
CREATE CONSTRAINT commune_id IF NOT EXISTS
FOR (n:Commune) REQUIRE n.id IS UNIQUE
