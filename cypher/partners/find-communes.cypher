// Communes whose name matches a full-text query, with their population and the ids of the
// département and région they lie in (to tell apart communes of the same name).
// $query: Lucene query of quoted, accent-folded phrases; $limit: most index hits considered.
CALL db.index.fulltext.queryNodes('entity_names', $query, { limit: $limit })
YIELD node
WHERE node:Commune
RETURN node {
  .id, .name, .population,
  units: [(node)-[:IN]->(department:Department) | department.id]
    + [(node)-[:IN]->(:Department)-[:IN]->(region:Region) | region.id]
} AS commune
