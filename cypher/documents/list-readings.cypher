// The documents read, newest first: the summary line of each.
MATCH (d:DocumentReading)
RETURN d.summary AS json
ORDER BY d.addedAt DESC
LIMIT $limit
