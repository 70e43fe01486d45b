// What changes whenever the graph's entities change: their number (from the count store) and the
// latest changeset. The reader's gazetteer is rebuilt when this differs from the one it was built at.
MATCH (e:Entity)
WITH count(e) AS entities
OPTIONAL MATCH (c:Changeset)
RETURN entities, count(c) AS changesets, max(coalesce(c.reviewedAt, c.createdAt)) AS latest
