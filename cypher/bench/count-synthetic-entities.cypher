// How many entities of the graph were generated (synthetic: true) rather than seeded, and how
// many entities in all, to label a benchmark run. No parameters.
MATCH (entity:Entity)
RETURN count(entity) AS entities, count(CASE WHEN entity.synthetic = true THEN 1 END) AS synthetic
