// Makes `id` unique among :Theme nodes (and indexes it). Idempotent; no parameters.
CREATE CONSTRAINT theme_id IF NOT EXISTS
FOR (n:Theme) REQUIRE n.id IS UNIQUE
