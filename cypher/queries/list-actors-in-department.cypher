// title:
//   fr: Acteurs situés dans un département
//   en: Actors located in a département
// description:
//   fr: Les acteurs situés dans un département, directement ou par leur commune ou leur intercommunalité, avec leur lieu.
//   en: Actors located in a département, directly or through their commune or EPCI, with their place.
// parameters:
//   department:
//     type: entity
//     kind: Department
//     label: { fr: Département, en: Département }
//     default: departement-76
MATCH (actor:Actor)-[:LOCATED_IN]->(place:Entity)-[:IN*0..2]->(department:Department {id: $department})
USING INDEX department:Department(id)
RETURN DISTINCT actor.name AS actorName, [label IN labels(actor) WHERE NOT label IN ['Entity', 'Actor']] AS kind, place.name AS place, actor
ORDER BY actorName
