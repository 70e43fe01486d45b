// Changesets, newest first, filtered (a null filter lets everything through).
// $author (account id or part of a name), $kind, $status, $entity (an entity id), $since, $until
// (ISO dates, inclusive), $limit.
MATCH (c:Changeset)
WHERE ($author IS NULL OR c.authorId = $author OR toLower(c.authorName) CONTAINS toLower($author))
  AND ($kind IS NULL OR c.kind = $kind)
  AND ($status IS NULL OR c.status = $status)
  AND ($entity IS NULL OR $entity IN c.entityIds)
  AND ($since IS NULL OR c.createdAt >= $since)
  AND ($until IS NULL OR c.createdAt < $until)
RETURN properties(c) AS changeset
ORDER BY c.createdAt DESC
LIMIT $limit
