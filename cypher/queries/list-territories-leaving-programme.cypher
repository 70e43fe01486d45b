// title:
//   fr: Territoires de la phase 1 sortis du programme en phase 2
//   en: Phase 1 territories that left the programme in phase 2
// description:
//   fr: Les Territoires d’industrie de 2019-2022 qu’aucun territoire de 2023-2027 ne poursuit (aucun ne partage avec eux au moins la moitié des membres de l’un ou de l’autre), avec leurs intercommunalités et leur population.
//   en: The 2019-2022 Territoires d’industrie that no 2023-2027 territory continues (none shares with them at least half of either side’s members), with their EPCIs and population.
MATCH (territory:Territory {phase: '2019-2022'})
WHERE NOT EXISTS { (territory)-[:CONTINUES_AS]->(:Territory) }
OPTIONAL MATCH (territory)-[:INCLUDES]->(epci:EPCI)
OPTIONAL MATCH (territory)-[:IN]->(region:Region)
RETURN territory.name AS territoryName, region.name AS regionName, collect(epci.name) AS epcis,
       sum(epci.population) AS population, territory
ORDER BY regionName, territoryName
