// Makes `email` unique among :Account nodes (and indexes it). Idempotent; no parameters.
CREATE CONSTRAINT account_email IF NOT EXISTS
FOR (a:Account) REQUIRE a.email IS UNIQUE
