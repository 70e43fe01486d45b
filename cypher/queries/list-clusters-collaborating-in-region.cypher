// title:
//   fr: Clusters qui collaborent avec les territoires d’une région
//   en: Clusters collaborating with territories in a région
// description:
//   fr: Pour une région, chaque Territoire d’industrie (ou autre regroupement) qui collabore avec un cluster ou un pôle, avec le cluster, sa phase et l’extrait qui établit la collaboration (une collaboration en perspective ou pas en oeuvre n’y est pas).
//   en: For a région, each Territoire d’industrie (or other grouping) that collaborates with a cluster or competitiveness pole, with the cluster, the phase and the excerpt that states the collaboration (a prospect or a collaboration not in effect is left out).
// parameters:
//   region:
//     type: entity
//     kind: Region
//     label: { fr: Région, en: Région }
//     default: region-84
MATCH (region:Region {id: $region})<-[:IN|LOCATED_IN]-(territory:Territory)-[link:COLLABORATES_WITH]-(cluster:Cluster)
WHERE link.status IS NULL
RETURN territory.name AS territoryName, territory.phase AS phase, cluster.name AS clusterName,
       link.evidence AS evidence, territory, cluster, link
ORDER BY territoryName, clusterName
