// Makes `id` unique among :SavedView nodes (and indexes it, for GET /api/views/<id>). Idempotent; no parameters.
CREATE CONSTRAINT saved_view_id IF NOT EXISTS
FOR (v:SavedView) REQUIRE v.id IS UNIQUE
