// Creates or updates relationships, one per (type, start, end); returns how many rows found both
// ends, so that a missing endpoint fails the whole import instead of being skipped.
// $rows: [{ type, from, to, properties: { sources, evidence?, … } }]
// Types are checked against the known relationship types before this statement runs.
// Why not MERGE: with a dynamic type the planner scans every relationship for each row. Why not
// (start)-[link]->(end): Expand(Into) counts the degree of both ends, and a département has
// hundreds of uncommitted links during the first load. Expanding from the start node only (a
// commune, an actor: few links) and comparing the far end's id keeps each row cheap.
UNWIND $rows AS row
MATCH (start:Entity {id: row.from})
MATCH (end:Entity {id: row.to})
WITH row, start, end, [(start)-[link]->(other) WHERE type(link) = row.type AND other.id = row.to | link] AS existing
FOREACH (_ IN CASE WHEN size(existing) = 0 THEN [1] ELSE [] END |
  CREATE (start)-[created:$(row.type)]->(end)
  SET created = row.properties)
FOREACH (link IN existing | SET link = row.properties)
RETURN count(*) AS written
