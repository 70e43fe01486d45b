// Makes `id` unique among :Actor nodes (and indexes it). Idempotent; no parameters.
CREATE CONSTRAINT actor_id IF NOT EXISTS
FOR (n:Actor) REQUIRE n.id IS UNIQUE
