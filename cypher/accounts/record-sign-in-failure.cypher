// Counts a failed sign-in; at $maxFailures in a row the account is locked until $lockedUntil.
// Returns the count and the lock. $emailDigest, $maxFailures, $lockedUntil (ISO date-time).
MATCH (a:Account {emailDigest: $emailDigest})
SET a.failedSignIns = coalesce(a.failedSignIns, 0) + 1
SET a.lockedUntil = CASE WHEN a.failedSignIns >= $maxFailures THEN $lockedUntil ELSE a.lockedUntil END
SET a.failedSignIns = CASE WHEN a.failedSignIns >= $maxFailures THEN 0 ELSE a.failedSignIns END
RETURN a.failedSignIns AS failedSignIns, a.lockedUntil AS lockedUntil
