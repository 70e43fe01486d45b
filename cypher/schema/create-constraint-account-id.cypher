// Makes `id` unique among :Account nodes (and indexes it). Idempotent; no parameters.
CREATE CONSTRAINT account_id IF NOT EXISTS
FOR (a:Account) REQUIRE a.id IS UNIQUE
