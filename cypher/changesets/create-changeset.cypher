// Records a changeset (never an :Entity: no search, export or digest sees it). Returns its id.
// $changeset: { id, kind, status, authorId, authorName, createdAt, reason, summary, sourceId?,
//   operations (JSON), entityIds, revertOf?, reviewerId?, reviewerName?, reviewedAt? }
CREATE (c:Changeset)
SET c = $changeset
RETURN c.id AS id
