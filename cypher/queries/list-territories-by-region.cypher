// title:
//   fr: Territoires d’industrie d’une région
//   en: Territoires d’industrie of a région
// description:
//   fr: Les Territoires d’industrie d’une région pour une phase, avec leur identifiant ANCT, leur nombre d’intercommunalités et leur population connue dans le graphe.
//   en: The Territoires d’industrie of a région for a phase, with their ANCT id, number of EPCIs and population known to the graph.
// parameters:
//   region:
//     type: entity
//     kind: Region
//     label: { fr: Région, en: Région }
//     default: region-28
//   phase:
//     type: enum
//     values: ['2023-2027', '2019-2022']
//     label: { fr: Phase du programme, en: Programme phase }
//     default: '2023-2027'
MATCH (territory:Territory {phase: $phase})-[:IN]->(:Region {id: $region})
OPTIONAL MATCH (territory)-[:INCLUDES]->(epci:EPCI)
RETURN territory.name AS territoryName, territory.anctId AS anctId, count(epci) AS epcis, sum(epci.population) AS population, territory
ORDER BY territoryName
