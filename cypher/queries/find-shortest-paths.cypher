// title:
//   fr: Plus courts chemins entre deux entités
//   en: Shortest paths between two entities
// description:
//   fr: Les plus courts chemins entre deux entités, sans passer par la géographie ni les thèmes (qui relient tout à tout), jusqu’à la longueur donnée.
//   en: The shortest paths between two entities, not through geography or themes (which link everything to everything), up to the given length.
// parameters:
//   from:
//     type: entity
//     label: { fr: Départ, en: From }
//     default: tenerrdis
//   to:
//     type: entity
//     label: { fr: Arrivée, en: To }
//     default: ti-2023-2027-8411
//   maxLength:
//     type: integer
//     min: 1
//     max: 8
//     label: { fr: Longueur maximale, en: Maximum length }
//     default: 6
MATCH (from:Entity {id: $from}), (to:Entity {id: $to})
MATCH path = allShortestPaths((from)-[*..8]-(to))
WHERE length(path) <= $maxLength
  AND none(node IN nodes(path)[1..-1] WHERE node:Region OR node:Department OR node:EPCI OR node:Commune OR node:Theme OR node:Source)
RETURN [node IN nodes(path) | node.name] AS steps, length(path) AS length, path
LIMIT 25
