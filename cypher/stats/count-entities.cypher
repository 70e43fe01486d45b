// Number of entities in the graph, to tell an empty database from a seeded one. No parameters.
MATCH (n:Entity)
RETURN count(n) AS count
