// Forgets the anonymous views past their expiry. Returns how many. $now: ISO date-time.
MATCH (v:SavedView)
WHERE v.expiresAt IS NOT NULL AND v.expiresAt <= $now
DELETE v
RETURN count(*) AS deleted
