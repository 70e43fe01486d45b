// Forgets the sessions past their expiry. Returns how many. $now: ISO date-time.
MATCH (s:Session)
WHERE s.expiresAt <= $now
DELETE s
RETURN count(*) AS deleted
