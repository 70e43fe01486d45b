// Territories linked by the clusters they share, weighted by how many. A cluster belongs to a
// territory when they collaborate, when one animates, is part or a member of the other, or when
// the cluster is located in an EPCI of the territory (or in a commune of such an EPCI).
// One row per pair of territories sharing at least one cluster (`target` has the greater id,
// `via` the shared cluster ids, `weight` their number), and one row per territory with a null
// `target`, so that a territory whose clusters belong to no other territory is counted too.
// A cluster counts when it addresses $theme or a narrower theme; a territory when it lies in
// the région $region (null: no restriction).
// A link whose status says it is a prospect or not in effect does not count.
// $region: région id (`region-28`) or null; $theme: theme id or null.
MATCH (c:Cluster)
WHERE $theme IS NULL OR EXISTS { (c)-[:ADDRESSES]->(:Theme)-[:BROADER*0..]->(:Theme {id: $theme}) }
CALL (c) {
  MATCH (c)-[link:COLLABORATES_WITH|ANIMATES|PART_OF|MEMBER_OF]-(t:Territory)
  WHERE link.status IS NULL
  RETURN t
  UNION
  MATCH (c)-[:LOCATED_IN]->(:EPCI)<-[:INCLUDES]-(t:Territory)
  RETURN t
  UNION
  MATCH (c)-[:LOCATED_IN]->(:Commune)<-[:INCLUDES]-(:EPCI)<-[:INCLUDES]-(t:Territory)
  RETURN t
}
WITH c, t
WHERE $region IS NULL OR EXISTS { (t)-[:IN|LOCATED_IN]->()-[:IN*0..2]->(:Region {id: $region}) }
WITH c, collect(DISTINCT t) AS territories
UNWIND territories AS a
UNWIND [b IN territories WHERE b.id > a.id] + [null] AS b
WITH a, b, collect(DISTINCT c.id) AS shared
WITH a, b, CASE WHEN b IS NULL THEN [] ELSE shared END AS via
RETURN a { .id, .name, labels: labels(a) } AS source,
       b { .id, .name, labels: labels(b) } AS target,
       size(via) AS weight,
       via
ORDER BY source.id, target.id
