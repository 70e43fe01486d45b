// Makes `id` unique among :ApiToken nodes (and indexes it). Idempotent; no parameters.
CREATE CONSTRAINT api_token_id IF NOT EXISTS
FOR (a:ApiToken) REQUIRE a.id IS UNIQUE
