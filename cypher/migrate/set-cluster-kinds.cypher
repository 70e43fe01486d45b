// Every cluster gets a controlled kind. One that has none yet is a pôle de compétitivité when its
// old free `type` said so, else a cluster; the curated files and the list of pôles, applied after
// the steps, then set theirs. Returns how many clusters changed.
MATCH (cluster:Cluster)
WHERE cluster.clusterKind IS NULL
SET cluster.clusterKind = CASE
  WHEN toLower(coalesce(cluster.type, '')) CONTAINS 'pôle de compétitivité' THEN 'pole-de-competitivite'
  ELSE 'cluster'
END
RETURN count(cluster) AS changed
