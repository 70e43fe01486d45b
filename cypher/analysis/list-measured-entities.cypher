// The entities that carry a written-back analysis (its marker property is set), by id.
// $marker: property name.
MATCH (n:Entity)
WHERE n[$marker] IS NOT NULL
RETURN n.id AS id
ORDER BY id
