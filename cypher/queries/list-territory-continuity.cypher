// title:
//   fr: D’une phase à l’autre, les territoires qui partagent des intercommunalités
//   en: From one phase to the next, territories sharing EPCIs
// description:
//   fr: Pour chaque Territoire d’industrie de 2019-2022, ceux de 2023-2027 qui reprennent au moins une de ses intercommunalités, avec les intercommunalités communes.
//   en: For each 2019-2022 Territoire d’industrie, the 2023-2027 ones that take up at least one of its EPCIs, with the shared EPCIs.
// parameters:
//   minShared:
//     type: integer
//     min: 1
//     max: 100
//     label: { fr: Intercommunalités communes (minimum), en: Shared EPCIs (minimum) }
//     default: 1
MATCH (before:Territory {phase: '2019-2022'})-[:INCLUDES]->(epci:EPCI)<-[:INCLUDES]-(after:Territory {phase: '2023-2027'})
WITH before, after, collect(epci.name) AS shared
WHERE size(shared) >= $minShared
RETURN before.name AS phase1, after.name AS phase2, size(shared) AS sharedEpcis, shared, before, after
ORDER BY sharedEpcis DESC, phase1
