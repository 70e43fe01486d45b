// Replaces the state of one saved explorer view. Returns { id }.
// $id: the view's id; $state: the new state as a JSON string.
MATCH (view:SavedView {id: $id})
SET view.state = $state
RETURN view.id AS id
