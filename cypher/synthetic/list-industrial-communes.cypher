// The communes inside a Territoire d'industrie 2023-2027 (included directly, or through their
// EPCI or EPT), each with one such territory (the first by id). Read from the 183 territories
// down, not from the 35,000 communes up. No parameters.
MATCH (territory:Territory {phase: '2023-2027'})-[:INCLUDES*1..3]->(commune:Commune)
RETURN commune.id AS communeId, min(territory.id) AS territoryId
ORDER BY communeId
