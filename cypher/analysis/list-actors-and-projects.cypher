// Actors and the projects they take part in or fund, as a bipartite network: one row per
// actor–project pair (`source` the actor, `target` the project, `via` the relationship types
// that link them, PARTICIPATES_IN and/or FUNDS, `weight` 1). A project counts when it addresses
// $theme or a narrower theme, and when it is located in the région $region or has a participant
// located there (null: no restriction).
// A link whose status says it is a prospect or not in effect does not count.
// $region: région id (`region-28`) or null; $theme: theme id or null.
MATCH (p:Project)
WHERE ($theme IS NULL OR EXISTS { (p)-[:ADDRESSES]->(:Theme)-[:BROADER*0..]->(:Theme {id: $theme}) })
  AND ($region IS NULL
    OR EXISTS { (p)-[:LOCATED_IN]->()-[:IN*0..2]->(:Region {id: $region}) }
    OR EXISTS { (p)<-[:PARTICIPATES_IN]-()-[:LOCATED_IN|IN]->()-[:IN*0..2]->(:Region {id: $region}) })
MATCH (a:Actor)-[r:PARTICIPATES_IN|FUNDS]->(p)
WHERE r.status IS NULL
WITH a, p, collect(DISTINCT type(r)) AS types
RETURN a { .id, .name, labels: labels(a) } AS source,
       p { .id, .name, labels: labels(p) } AS target,
       1 AS weight,
       types AS via
ORDER BY source.id, target.id
