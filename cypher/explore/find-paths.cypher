// All shortest undirected paths between two entities, at most 8 links long, each as its node ids
// and its relationships; whether each end exists. At most $cap paths.
// The bound `*..8` is rewritten once per allowed maximum length (1 to 8: `cypherPerBound`), so
// that Neo4j's bidirectional search stops there: a bound applied after the search let it run on
// through the whole graph (4.8 s at the 95th percentile on the national graph, against 85 ms).
// Every condition below is on each link or each step of the path (`all(…)`), which Neo4j
// evaluates during the search instead of enumerating paths and filtering them afterwards.
// $from, $to: entity ids; $cap: most paths returned;
// $avoidGeography: no Region, Department, EPCI or Commune in between;
// $avoidThemes: no Theme or Source in between;
// $avoidHubs: no entity with more than $hubDegree links in between (a programme that selected
// 183 territories, say), for the direct links between actors.
// A link whose status says it is a prospect or not in effect is no way through.
OPTIONAL MATCH (from:Entity {id: $from})
OPTIONAL MATCH (to:Entity {id: $to})
RETURN from IS NOT NULL AS fromFound, to IS NOT NULL AS toFound, COLLECT {
  MATCH path = allShortestPaths((from)-[*..8]-(to))
  WHERE all(link IN relationships(path) WHERE link.status IS NULL)
    AND all(step IN nodes(path) WHERE step = from OR step = to OR (step:Entity
      AND NOT ($avoidGeography AND (step:Region OR step:Department OR step:EPCI OR step:Commune))
      AND NOT ($avoidThemes AND (step:Theme OR step:Source))
      AND NOT ($avoidHubs AND COUNT { (step)--() } > $hubDegree)))
  RETURN {
    nodes: [node IN nodes(path) | node.id],
    edges: [r IN relationships(path) | r {
      type: type(r), source: startNode(r).id, target: endNode(r).id,
      .role, .roleText, .title, .amountEur, .year, .programme, .since, .status, .sources, .evidence
    }]
  }
  LIMIT $cap
} AS paths
