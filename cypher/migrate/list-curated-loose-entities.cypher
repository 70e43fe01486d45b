// Entities every citation of which names one of the given sources (the curated documents) and
// that no relationship touches any more: candidates for retraction when the seed no longer
// defines them. Source nodes, and nodes without citations, are never listed.
// Returns { id }. $sourceIds: ids of the curated Source nodes.
MATCH (n:Entity)
WHERE NOT n:Source
  AND size(coalesce(n.sources, [])) > 0
  AND all(citation IN n.sources WHERE split(citation, '#')[0] IN $sourceIds)
  AND NOT EXISTS { (n)--() }
RETURN n.id AS id
