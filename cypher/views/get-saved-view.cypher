// One saved explorer view by id: its state (a JSON string), creation time and owner; no row when
// unknown or past its expiry. $id: the view's id; $now: ISO date-time.
MATCH (v:SavedView {id: $id})
WHERE v.expiresAt IS NULL OR v.expiresAt > $now
RETURN v.id AS id, v.state AS state, toString(v.createdAt) AS createdAt, v.ownerId AS ownerId
