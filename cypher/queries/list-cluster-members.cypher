// title:
//   fr: Membres d’un cluster, par type
//   en: Members of a cluster, by kind
// description:
//   fr: Les entités membres d’un cluster ou d’un pôle, avec leur type et l’année d’adhésion quand elle est connue, et son animateur.
//   en: The members of a cluster or competitiveness pole, with their kind and year of joining when known, and its animator.
// parameters:
//   cluster:
//     type: entity
//     kind: Cluster
//     label: { fr: Cluster, en: Cluster }
//     default: ecosystem-cleon-4-0
MATCH (cluster:Cluster {id: $cluster})<-[membership:MEMBER_OF]-(member:Entity)
OPTIONAL MATCH (animator)-[:ANIMATES]->(cluster)
RETURN member.name AS memberName, [label IN labels(member) WHERE NOT label IN ['Entity', 'Actor']] AS kind,
       membership.since AS since, collect(DISTINCT animator.name) AS animatedBy, member, membership, cluster
ORDER BY kind, memberName
