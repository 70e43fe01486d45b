// Every real cluster (synthetic ones left out) with its kind, labelling, name and citations, for the checks.
MATCH (cluster:Cluster)
WHERE coalesce(cluster.synthetic, false) = false
RETURN cluster.id AS id, cluster.name AS name, cluster.clusterKind AS clusterKind,
       cluster.labelStatus AS labelStatus, cluster.sources AS sources,
       [(cluster)-[:LOCATED_IN]->(place) | place.id] AS places
ORDER BY id
