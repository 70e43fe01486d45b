// Stores one explorer view, append-only: a :SavedView (never an :Entity, so no search, export,
// analysis or digest sees it), with no relationship to the graph. Returns its id and creation time.
// $id: random url-safe id; $state: the view state as a JSON string.
CREATE (v:SavedView {id: $id, state: $state, createdAt: datetime()})
RETURN v.id AS id, toString(v.createdAt) AS createdAt
