// Makes `id` unique among :EPCI nodes (and indexes it). Idempotent; no parameters.
CREATE CONSTRAINT epci_id IF NOT EXISTS
FOR (n:EPCI) REQUIRE n.id IS UNIQUE
