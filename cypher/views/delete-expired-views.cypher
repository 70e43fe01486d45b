// Forgets the anonymous views past their expiry, those saved before views had one included (their
// creation date plus $days). Returns how many. $now: ISO date-time; $days: an anonymous view's life.
MATCH (v:SavedView)
WHERE v.ownerId IS NULL
  AND ((v.expiresAt IS NOT NULL AND v.expiresAt <= $now)
    OR (v.expiresAt IS NULL AND v.createdAt <= datetime($now) - duration({days: $days})))
DELETE v
RETURN count(*) AS deleted
