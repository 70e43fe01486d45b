// Number of relationships of each type in the graph. No parameters.
MATCH ()-[r]->()
RETURN type(r) AS type, count(r) AS count
ORDER BY type
