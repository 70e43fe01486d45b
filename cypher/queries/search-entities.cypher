// title:
//   fr: Chercher des entités par leur nom
//   en: Search entities by name
// description:
//   fr: La recherche plein texte de Maillage (insensible aux accents, sur les noms et alias), avec le score de chaque entité trouvée et son type.
//   en: Maillage’s full-text search (accent-insensitive, on names and aliases), with the score and kind of each entity found.
// parameters:
//   q:
//     type: string
//     label: { fr: Texte cherché, en: Search text }
//     default: cleon
CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node, score
RETURN node.name AS name, [label IN labels(node) WHERE NOT label IN ['Entity', 'Actor']] AS kind, round(score, 2) AS score, node
ORDER BY score DESC
LIMIT 25
