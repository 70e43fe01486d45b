// title:
//   fr: Territoires de la phase 1 sortis du programme en phase 2
//   en: Phase 1 territories that left the programme in phase 2
// description:
//   fr: Les Territoires d’industrie de 2019-2022 dont aucune intercommunalité n’appartient à un Territoire d’industrie de 2023-2027, avec leurs intercommunalités et leur population.
//   en: The 2019-2022 Territoires d’industrie none of whose EPCIs belongs to a 2023-2027 Territoire d’industrie, with their EPCIs and population.
MATCH (territory:Territory {phase: '2019-2022'})
WHERE NOT EXISTS { (territory)-[:INCLUDES]->(:EPCI)<-[:INCLUDES]-(:Territory {phase: '2023-2027'}) }
OPTIONAL MATCH (territory)-[:INCLUDES]->(epci:EPCI)
OPTIONAL MATCH (territory)-[:IN]->(region:Region)
RETURN territory.name AS territoryName, region.name AS regionName, collect(epci.name) AS epcis,
       sum(epci.population) AS population, territory
ORDER BY regionName, territoryName
