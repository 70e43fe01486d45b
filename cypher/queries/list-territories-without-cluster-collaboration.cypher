// title:
//   fr: Territoires d’industrie sans collaboration avec un cluster
//   en: Territoires d’industrie with no cluster collaboration
// description:
//   fr: Les Territoires d’industrie d’une phase qui ne collaborent avec aucun cluster ni pôle connu du graphe (une collaboration en perspective ou pas en oeuvre ne compte pas), avec leur région et leur nombre d’intercommunalités.
//   en: The Territoires d’industrie of a phase that collaborate with no cluster or competitiveness pole known to the graph (a prospect or a collaboration not in effect does not count), with their région and number of EPCIs.
// parameters:
//   phase:
//     type: enum
//     values: ['2023-2027', '2019-2022']
//     label: { fr: Phase du programme, en: Programme phase }
//     default: '2023-2027'
MATCH (territory:Territory {phase: $phase})
WHERE NOT EXISTS { (territory)-[link:COLLABORATES_WITH]-(:Cluster) WHERE link.status IS NULL }
OPTIONAL MATCH (territory)-[:IN]->(region:Region)
RETURN territory.name AS territoryName, region.name AS regionName, COUNT { (territory)-[:INCLUDES]->(:EPCI) } AS epcis, territory
ORDER BY regionName, territoryName
