// The units above some communes, shown beside a resolved place in an import's preview: the
// département, the région, the intercommunality (not an EPT) and the Territoires d'industrie.
// $ids: commune ids.
MATCH (c:Commune)
WHERE c.id IN $ids
OPTIONAL MATCH (c)-[:IN]->(d:Department)
OPTIONAL MATCH (d)-[:IN]->(r:Region)
CALL (c) {
  OPTIONAL MATCH (e:EPCI)-[:INCLUDES]->(c)
  WHERE coalesce(e.kind, '') <> 'EPT'
  RETURN collect(e.name)[0] AS epci
}
CALL (c) {
  OPTIONAL MATCH (t:Territory)-[:INCLUDES]->(:EPCI)-[:INCLUDES]->(c)
  RETURN collect(DISTINCT t.name) AS territories
}
RETURN c.id AS id, d.name AS departement, r.name AS region, epci, territories
