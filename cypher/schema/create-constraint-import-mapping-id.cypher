// Makes `id` unique among :ImportMapping nodes (and indexes it). Idempotent; no parameters.
CREATE CONSTRAINT import_mapping_id IF NOT EXISTS
FOR (m:ImportMapping) REQUIRE m.id IS UNIQUE
