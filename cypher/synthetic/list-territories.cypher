// The real Territoires d'industrie 2023-2027 with their région, which synthetic clusters
// collaborate with and synthetic projects benefit; ordered by id. No parameters.
MATCH (territory:Territory {phase: '2023-2027'})-[:IN]->(region:Region)
WHERE territory.synthetic IS NULL
RETURN territory.id AS id, region.id AS regionId
ORDER BY id
