// Number of saved explorer views (they are not entities: counted apart). No parameters.
MATCH (v:SavedView)
RETURN count(v) AS count
