// The actors that already work with an entity ("déjà partenaires"): those linked to it directly by
// a curated relationship (not geography nor vocabulary), and those that took part in a project it
// took part in too; each with the links that say so and their citations.
// $self: the entity id; $ignored: element ids of relationships to leave out.
MATCH (self:Entity {id: $self})
CALL (self) {
  MATCH (self)-[link]-(partner:Actor)
  WHERE NOT type(link) IN ['IN', 'INCLUDES', 'BROADER', 'ADDRESSES', 'LOCATED_IN'] AND NOT elementId(link) IN $ignored
  RETURN partner, [link] AS links
  UNION
  MATCH (self)-[own:PARTICIPATES_IN]->(:Project)<-[theirs:PARTICIPATES_IN]-(partner:Actor)
  WHERE partner <> self AND NOT elementId(own) IN $ignored AND NOT elementId(theirs) IN $ignored
  RETURN partner, [own, theirs] AS links
}
WITH partner, reduce(all = [], group IN collect(links) | all + group) AS links
RETURN partner { .id, .name, labels: labels(partner) } AS partner,
       [link IN links | link {
         type: type(link), source: startNode(link).id, target: endNode(link).id,
         .role, .amountEur, .year, .since, .sources, .evidence
       }] AS links
ORDER BY partner.name
