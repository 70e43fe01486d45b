// Makes `id` unique among :Cluster nodes (and indexes it), so that statements starting from
// `(:Cluster {id: $cluster})` seek instead of scanning every cluster. Idempotent; no parameters.
CREATE CONSTRAINT cluster_id IF NOT EXISTS
FOR (n:Cluster) REQUIRE n.id IS UNIQUE
