// title:
//   fr: Intercommunalités d’un territoire et leur population
//   en: EPCIs of a territory and their population
// description:
//   fr: Les intercommunalités (EPCI) qui forment un Territoire d’industrie, avec leur SIREN, leur population et leur nombre de communes, de la plus peuplée à la moins peuplée.
//   en: The EPCIs that make up a Territoire d’industrie, with their SIREN, population and number of communes, most populous first.
// parameters:
//   territory:
//     type: entity
//     kind: Territory
//     label: { fr: Territoire d’industrie, en: Territoire d’industrie }
//     default: ti-2023-2027-2802
MATCH (territory:Territory {id: $territory})-[:INCLUDES]->(epci:EPCI)
RETURN epci.name AS epciName, epci.siren AS siren, epci.population AS population,
       COUNT { (epci)-[:INCLUDES]->(:Commune) } AS communes, epci
ORDER BY population DESC
