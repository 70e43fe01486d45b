// Finds :Account nodes by `subjectDigest` without reading them all. Idempotent; no parameters.
CREATE INDEX account_subject_digest IF NOT EXISTS
FOR (a:Account) ON (a.subjectDigest)
