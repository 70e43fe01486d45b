// Finds :Session nodes by `accountId` without reading them all. Idempotent; no parameters.
CREATE INDEX session_account_id IF NOT EXISTS
FOR (s:Session) ON (s.accountId)
