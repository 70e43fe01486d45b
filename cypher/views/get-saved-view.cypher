// One saved explorer view by id: its state (a JSON string), creation time and owner; no row when
// unknown or past its expiry (an anonymous view saved before views had one: its creation plus $days).
// $id: the view's id; $now: ISO date-time; $days: an anonymous view's life.
MATCH (v:SavedView {id: $id})
WHERE v.ownerId IS NOT NULL
  OR (v.expiresAt IS NOT NULL AND v.expiresAt > $now)
  OR (v.expiresAt IS NULL AND v.createdAt > datetime($now) - duration({days: $days}))
RETURN v.id AS id, v.state AS state, toString(v.createdAt) AS createdAt, v.ownerId AS ownerId
