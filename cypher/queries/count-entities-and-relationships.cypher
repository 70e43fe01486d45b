// title:
//   fr: Le graphe en chiffres
//   en: The graph in numbers
// description:
//   fr: Le nombre d’entités de chaque type et de relations de chaque type, pour situer une requête dans l’ensemble.
//   en: The number of entities of each kind and relationships of each type, to set a query against the whole.
MATCH (entity:Entity)
UNWIND [label IN labels(entity) WHERE NOT label IN ['Entity', 'Actor', 'Funder']] AS kind
RETURN 'entité' AS what, kind AS name, count(*) AS count
UNION ALL
MATCH ()-[relationship]->()
RETURN 'relation' AS what, type(relationship) AS name, count(*) AS count
