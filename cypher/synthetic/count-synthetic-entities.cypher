// How many nodes carry `synthetic: true` (the synthetic source included). No parameters.
MATCH (n:Entity)
WHERE n.synthetic = true
RETURN count(n) AS count
