// title:
//   fr: Ce que disent les sources d’une entité
//   en: What the sources say about an entity
// description:
//   fr: Chaque relation d’une entité avec la source qui l’établit et l’extrait cité, pour vérifier un fait à sa source.
//   en: Each relationship of an entity with the source that states it and the quoted excerpt, to check a fact against its source.
// parameters:
//   id:
//     type: entity
//     label: { fr: Entité, en: Entity }
//     default: dkarbonation
MATCH (entity:Entity {id: $id})-[link]-(other:Entity)
WHERE link.evidence IS NOT NULL
UNWIND range(0, size(link.evidence) - 1) AS index
RETURN type(link) AS type, other.name AS otherName, link.sources[index] AS source, link.evidence[index] AS evidence
ORDER BY type, otherName, source
