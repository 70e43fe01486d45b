// One page of the whole graph's entities, in id order, as the explorer's files carry them, plus
// every stored property (`properties`, what an import needs to rebuild the node exactly): kind
// labels, place, phase, project status and years, degree in the whole graph, and the sum of FUNDS
// amounts received (null when none). Keyset paging on the unique id index: each page starts
// after the last id of the previous one, so every page costs the same however deep the export.
// $after: the last id of the previous page ('' for the first); $limit: the page size.
MATCH (n:Entity)
WHERE n.id > $after
WITH n
ORDER BY n.id
LIMIT $limit
RETURN n {
  .id, .name, .description, .lat, .lon, .phase, .status, .startYear, .endYear,
  .clusterKind, .labelPhase, .labelStatus,
  labels: labels(n),
  properties: properties(n),
  degree: COUNT { (n)--() },
  fundingReceivedEur: reduce(total = null, amount IN COLLECT {
    MATCH (n)<-[funds:FUNDS]-()
    WHERE funds.amountEur IS NOT NULL
    RETURN funds.amountEur
  } | coalesce(total, 0) + amount)
} AS node
