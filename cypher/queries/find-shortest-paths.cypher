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
MATCH (from:Entity {id: $from})
MATCH (to:Entity {id: $to})
// Every condition is on each step (`all(…)`), so that Neo4j checks it during its bidirectional
// search; a condition on a slice of the path or on its length made it enumerate paths instead
// (ExhaustiveShortestPath) and hang to the time-out for ordinary pairs. The search stops at 8
// links (a literal: a parameter cannot bound it); the length asked for is applied to what it found.
MATCH path = allShortestPaths((from)-[*..8]-(to))
WHERE all(step IN nodes(path) WHERE step = from OR step = to
    OR NOT (step:Region OR step:Department OR step:EPCI OR step:Commune OR step:Theme OR step:Source))
WITH path
WHERE length(path) <= $maxLength
RETURN [node IN nodes(path) | node.name] AS steps, length(path) AS length, path
LIMIT 25
