// Orders the history (`/historique`) by date without sorting every changeset. Idempotent; no parameters.
CREATE INDEX changeset_created_at IF NOT EXISTS
FOR (c:Changeset) ON (c.createdAt)
