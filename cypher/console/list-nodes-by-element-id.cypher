// The entities among the given element ids, drawn as the explorer draws them (the projection of
// explore/list-nodes), with their element id so a query result's nodes and relationship ends can
// be matched to them. $elementIds: list of element ids from the same transaction.
MATCH (n:Entity)
WHERE elementId(n) IN $elementIds
RETURN elementId(n) AS elementId, n {
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
