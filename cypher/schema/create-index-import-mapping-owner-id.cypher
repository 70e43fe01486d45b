// Finds :ImportMapping nodes by `ownerId` without reading them all. Idempotent; no parameters.
CREATE INDEX import_mapping_owner_id IF NOT EXISTS
FOR (m:ImportMapping) ON (m.ownerId)
