// Finds :ApiToken nodes by `accountId` without reading them all. Idempotent; no parameters.
CREATE INDEX api_token_account_id IF NOT EXISTS
FOR (a:ApiToken) ON (a.accountId)
