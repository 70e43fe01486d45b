// Makes `emailDigest` (the HMAC of the e-mail: one account per e-mail) unique among :Account
// nodes and indexes it for sign-in. Idempotent; no parameters.
CREATE CONSTRAINT account_email_digest IF NOT EXISTS
FOR (a:Account) REQUIRE a.emailDigest IS UNIQUE
