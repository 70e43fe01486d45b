// Actors linked by the projects they take part in or fund together (PARTICIPATES_IN, FUNDS),
// weighted by how many they share: funders tie the projects they fund to each other's teams. One row per pair of actors sharing at least one project (`target` has the
// greater id, `via` the shared project ids, `weight` their number), and one row per actor with
// a null `target`, so that an actor whose projects have no other actor is counted too.
// A project counts when it addresses $theme or a narrower theme, and when it is located in the
// région $region or has a participant located there (null: no restriction).
// A link whose status says it is a prospect or not in effect does not count.
// $region: région id (`region-28`) or null; $theme: theme id or null.
MATCH (p:Project)
WHERE ($theme IS NULL OR EXISTS { (p)-[:ADDRESSES]->(:Theme)-[:BROADER*0..]->(:Theme {id: $theme}) })
  AND ($region IS NULL
    OR EXISTS { (p)-[:LOCATED_IN]->()-[:IN*0..2]->(:Region {id: $region}) }
    OR EXISTS { (p)<-[:PARTICIPATES_IN]-()-[:LOCATED_IN|IN]->()-[:IN*0..2]->(:Region {id: $region}) })
MATCH (a:Actor)-[link:PARTICIPATES_IN|FUNDS]->(p)
WHERE link.status IS NULL
WITH p, collect(DISTINCT a) AS actors
UNWIND actors AS a
UNWIND [b IN actors WHERE b.id > a.id] + [null] AS b
WITH a, b, collect(DISTINCT p.id) AS shared
WITH a, b, CASE WHEN b IS NULL THEN [] ELSE shared END AS via
RETURN a { .id, .name, labels: labels(a) } AS source,
       b { .id, .name, labels: labels(b) } AS target,
       size(via) AS weight,
       via
ORDER BY source.id, target.id
