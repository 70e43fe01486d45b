// One saved explorer view by id: its state (a JSON string) and creation time; no row when unknown.
// $id: the view's id.
MATCH (v:SavedView {id: $id})
RETURN v.id AS id, v.state AS state, toString(v.createdAt) AS createdAt
