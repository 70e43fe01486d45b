// title:
//   fr: Acteurs situés dans un département
//   en: Actors located in a département
// description:
//   fr: Les acteurs situés dans un département, directement ou par leur commune ou leur intercommunalité, avec leur lieu ; une collectivité qui agit y figure elle-même.
//   en: Actors located in a département, directly or through their commune or EPCI, with their place; an acting local authority is listed itself.
// parameters:
//   department:
//     type: entity
//     kind: Department
//     label: { fr: Département, en: Département }
//     default: departement-76
MATCH (department:Department {id: $department})<-[:IN*0..2]-(place:Entity)
CALL (place) {
  MATCH (actor:Actor)-[:LOCATED_IN]->(place)
  RETURN actor
  UNION
  WITH place WHERE place:Actor
  RETURN place AS actor
}
RETURN DISTINCT actor.name AS actorName, [label IN labels(actor) WHERE NOT label IN ['Entity', 'Actor']] AS kind, place.name AS place, actor
ORDER BY actorName
