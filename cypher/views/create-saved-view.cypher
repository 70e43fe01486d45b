// Stores one explorer view: a :SavedView (never an :Entity, so no search, export, analysis or
// digest sees it), with no relationship to the graph. Returns its id and creation time.
// $id: random url-safe id; $state: the view state as a JSON string; $ownerId: the account that
// saved it (null when anonymous); $expiresAt: when an anonymous view is forgotten (null: never).
CREATE (v:SavedView {id: $id, state: $state, createdAt: datetime(), ownerId: $ownerId, expiresAt: $expiresAt})
RETURN v.id AS id, toString(v.createdAt) AS createdAt
