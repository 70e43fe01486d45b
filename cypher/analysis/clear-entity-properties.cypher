// Removes a written-back analysis: every entity whose property $marker is set gets $cleared, a
// map of the analysis' property names to null (which removes them). Returns `cleared`, how many
// entities carried it. $marker: property name; $cleared: { name: null, … }.
MATCH (n:Entity)
WHERE n[$marker] IS NOT NULL
SET n += $cleared
RETURN count(n) AS cleared
