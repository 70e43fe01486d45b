// Every saved explorer view with its state (a JSON string). Returns { id, state }. No parameters.
MATCH (view:SavedView)
RETURN view.id AS id, view.state AS state
ORDER BY id
