// title:
//   fr: Acteurs qui relient deux régions
//   en: Actors bridging two régions
// description:
//   fr: Les acteurs situés dans l’une des deux régions ou liés (hors géographie et thèmes) à une entité située dans chacune d’elles — projets, territoires, clusters, autres acteurs —, avec les entités qui les y rattachent.
//   en: Actors located in, or linked (geography and themes aside) to an entity located in, each of the two régions — projects, territories, clusters, other actors — with the entities that tie them there.
// parameters:
//   regionA:
//     type: entity
//     kind: Region
//     label: { fr: Première région, en: First région }
//     default: region-84
//   regionB:
//     type: entity
//     kind: Region
//     label: { fr: Seconde région, en: Second région }
//     default: region-76
MATCH (actor:Actor)
CALL (actor) {
  MATCH (actor)-[link]-(other:Entity)
  WHERE NOT type(link) IN ['IN', 'INCLUDES', 'ADDRESSES', 'BROADER']
  RETURN other
  UNION
  RETURN actor AS other
}
MATCH (other)-[:LOCATED_IN|IN*0..3]->(region:Region)
WHERE region.id IN [$regionA, $regionB]
WITH actor, region, collect(DISTINCT other.name) AS through
WITH actor, collect({region: region.name, through: through}) AS regions
WHERE size(regions) = 2
RETURN actor.name AS actorName, labels(actor) AS labels, regions, actor
ORDER BY actorName
