// title:
//   fr: Les acteurs d’un territoire
//   en: The actors of a territory
// description:
//   fr: Les entités liées à un territoire — membres, animateurs, partenaires, porteurs de projets —, avec la nature du lien et son extrait.
//   en: The entities linked to a territory — members, animators, partners, project leads — with the kind of link and its excerpt.
// parameters:
//   territory:
//     type: entity
//     kind: Territory
//     label: { fr: Territoire, en: Territory }
//     default: ti-2023-2027-5301
MATCH (territory:Territory {id: $territory})-[link:MEMBER_OF|ANIMATES|COLLABORATES_WITH|PARTICIPATES_IN|PART_OF|ROLE_AT|FUNDS]-(other:Entity)
RETURN other.name AS entity, type(link) AS linkType, link.evidence AS evidence, territory, link, other
ORDER BY linkType, entity
