// Relationships every citation of which names one of the given sources (the curated documents):
// the seed's own facts, which a new seed may retract. Links without citations, or citing any
// other source (the user's data, open data), are never listed.
// Returns { elementId, type, from, to }. $sourceIds: ids of the curated Source nodes.
MATCH (start:Entity)-[link]->(end:Entity)
WHERE size(coalesce(link.sources, [])) > 0
  AND all(citation IN link.sources WHERE split(citation, '#')[0] IN $sourceIds)
RETURN elementId(link) AS elementId, type(link) AS type, start.id AS from, end.id AS to
