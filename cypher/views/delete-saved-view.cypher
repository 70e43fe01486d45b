// Deletes one saved view. Returns how many were deleted. $id: the view's id.
MATCH (v:SavedView {id: $id})
DELETE v
RETURN count(*) AS deleted
