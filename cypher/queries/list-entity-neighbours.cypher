// title:
//   fr: Une entité et ses voisins directs
//   en: An entity and its direct neighbours
// description:
//   fr: Les relations directes d’une entité, hors géographie fine (communes) et thèmes, avec le sens, le type et l’entité à l’autre bout.
//   en: The direct relationships of an entity, fine geography (communes) and themes aside, with the direction, the type and the entity at the other end.
// parameters:
//   id:
//     type: entity
//     label: { fr: Entité, en: Entity }
//     default: ecosystem-cleon-4-0
MATCH (entity:Entity {id: $id})-[link]-(other:Entity)
WHERE NOT other:Commune AND NOT other:Theme
RETURN type(link) AS type, CASE WHEN startNode(link) = entity THEN 'out' ELSE 'in' END AS direction,
       other.name AS otherName, [label IN labels(other) WHERE NOT label IN ['Entity', 'Actor']] AS kind, entity, link, other
ORDER BY type, otherName
