// Finds a hidden entity by id (restore, the redirect of a merged id). Idempotent; no parameters.
CREATE INDEX hidden_id IF NOT EXISTS
FOR (n:Hidden) ON (n.id)
