// The real communes a synthetic actor may be placed in, with their population and their région;
// ordered by id so that the same seed gives the same graph. No parameters.
MATCH (commune:Commune)-[:IN]->(:Department)-[:IN]->(region:Region)
WHERE commune.population > 0 AND commune.synthetic IS NULL
RETURN commune.id AS id, commune.population AS population, region.id AS regionId
ORDER BY id
