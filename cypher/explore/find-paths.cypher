// All shortest undirected paths between two entities, at most $maxLength links long, each as its
// node ids and its relationships; whether each end exists. At most $cap paths.
// $from, $to: entity ids; $maxLength: 1 to 8; $cap: most paths returned;
// $avoidGeography: no Region, Department, EPCI or Commune in between;
// $avoidThemes: no Theme or Source in between.
// A link whose status says it is a prospect or not in effect is no way through.
OPTIONAL MATCH (from:Entity {id: $from})
OPTIONAL MATCH (to:Entity {id: $to})
RETURN from IS NOT NULL AS fromFound, to IS NOT NULL AS toFound, COLLECT {
  MATCH path = ALL SHORTEST (from) (()-[link WHERE link.status IS NULL]-(step:Entity)
      WHERE NOT ($avoidGeography AND (step:Region OR step:Department OR step:EPCI OR step:Commune))
        AND NOT ($avoidThemes AND (step:Theme OR step:Source))){0,7} ()-[last WHERE last.status IS NULL]-(to)
  WHERE length(path) <= $maxLength
  RETURN {
    nodes: [node IN nodes(path) | node.id],
    edges: [r IN relationships(path) | r {
      type: type(r), source: startNode(r).id, target: endNode(r).id,
      .role, .roleText, .title, .amountEur, .year, .programme, .since, .status, .sources, .evidence
    }]
  }
  LIMIT $cap
} AS paths
