// The relationships leaving the entities after $after (in id order), at most $limit rows, with
// their citations, the properties the explorer's files carry, and every stored property
// (`properties`, for an exact import). Every entity gives at least one row (`edge` null when it
// has no outgoing relationship). Rows are ordered by start, type and end; the starts come in id
// order from the index, so the sort only orders each start's own links (PartialTop) and stops
// at $limit: a page holds at most $limit relationships however dense the graph, where a page of
// 5,000 starts held 38,000 links on the example graph and 57,000 on the national one. The last
// start of a full page may be cut: the reader keeps it for the next page.
// $after: the last start id kept from the previous page ('' for the first); $limit: rows per page.
MATCH (start:Entity)
WHERE start.id > $after
WITH start
ORDER BY start.id
OPTIONAL MATCH (start)-[r]->(end:Entity)
WITH start, r, end
ORDER BY start.id, type(r), end.id
LIMIT $limit
RETURN start.id AS start,
       CASE WHEN r IS NULL THEN null ELSE r {
         type: type(r), source: start.id, target: end.id,
         .role, .roleText, .title, .amountEur, .year, .programme, .since, .status, .sources, .evidence,
         properties: properties(r)
       } END AS edge
