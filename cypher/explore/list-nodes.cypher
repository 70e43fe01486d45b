// The entities with the given ids as the explorer draws them: kind labels, cluster kind and pôle labelling, place, phase, project
// status and years, degree in the whole graph, and the sum of FUNDS amounts received (null when
// none). Unknown ids are left out. $ids: list of entity ids.
MATCH (n:Entity)
WHERE n.id IN $ids
RETURN n {
  .id, .name, .description, .lat, .lon, .phase, .status, .startYear, .endYear,
  .clusterKind, .labelPhase, .labelStatus,
  labels: labels(n),
  degree: COUNT { (n)--() },
  fundingReceivedEur: reduce(total = null, amount IN COLLECT {
    MATCH (n)<-[funds:FUNDS]-()
    WHERE funds.amountEur IS NOT NULL
    RETURN funds.amountEur
  } | coalesce(total, 0) + amount)
} AS node
