// Every Territoire d'industrie with the phases of the programme it is part of, for the checks
// against the open data.
MATCH (territory:Territory)
WHERE territory.kind = 'territoire-d-industrie'
RETURN territory.id AS id, territory.phase AS phase,
       [(territory)-[:PART_OF]->(programme:Programme) | programme.id] AS programmes
ORDER BY id
