// title:
//   fr: Acteurs qui partagent le plus de projets avec un acteur
//   en: Actors sharing the most projects with an actor
// description:
//   fr: Pour un acteur, les autres entités qui participent aux mêmes projets que lui, classées par nombre de projets partagés, avec ces projets.
//   en: For an actor, the other entities that take part in the same projects, ranked by number of shared projects, with those projects.
// parameters:
//   actor:
//     type: entity
//     label: { fr: Acteur, en: Actor }
//     default: ecosystem-cleon-4-0
MATCH (actor:Entity {id: $actor})-[:PARTICIPATES_IN]->(project:Project)<-[:PARTICIPATES_IN]-(partner:Entity)
WHERE partner <> actor
RETURN partner.name AS partnerName, labels(partner) AS labels, count(DISTINCT project) AS sharedProjects,
       collect(DISTINCT project.name) AS projects, partner
ORDER BY sharedProjects DESC, partnerName
