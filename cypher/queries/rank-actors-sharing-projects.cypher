// title:
//   fr: Acteurs qui partagent le plus de projets avec un acteur
//   en: Actors sharing the most projects with an actor
// description:
//   fr: Pour un acteur, les autres entités qui participent aux mêmes projets que lui, classées par nombre de projets partagés, avec ces projets (une participation en perspective ou pas en oeuvre ne compte pas).
//   en: For an actor, the other entities that take part in the same projects, ranked by number of shared projects, with those projects (a participation that is a prospect or not in effect does not count).
// parameters:
//   actor:
//     type: entity
//     label: { fr: Acteur, en: Actor }
//     default: ecosystem-cleon-4-0
MATCH (actor:Entity {id: $actor})-[own:PARTICIPATES_IN]->(project:Project)<-[their:PARTICIPATES_IN]-(partner:Entity)
WHERE partner <> actor AND own.status IS NULL AND their.status IS NULL
RETURN partner.name AS partnerName, labels(partner) AS labels, count(DISTINCT project) AS sharedProjects,
       collect(DISTINCT project.name) AS projects, partner
ORDER BY sharedProjects DESC, partnerName
