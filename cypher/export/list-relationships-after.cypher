// The relationships leaving one page of entities (in id order, after $after), with their
// citations, the properties the explorer's files carry, and every stored property (`properties`,
// for an exact import). Every entity of the page gives at
// least one row (`edge` null when it has no outgoing relationship), so the last row's `start`
// is where the next page begins. Within a page, rows are ordered by start, type and end.
// $after: the last start id of the previous page ('' for the first); $limit: entities per page.
MATCH (start:Entity)
WHERE start.id > $after
WITH start
ORDER BY start.id
LIMIT $limit
OPTIONAL MATCH (start)-[r]->(end:Entity)
WITH start, r, end
ORDER BY start.id, type(r), end.id
RETURN start.id AS start,
       CASE WHEN r IS NULL THEN null ELSE r {
         type: type(r), source: start.id, target: end.id,
         .role, .roleText, .title, .amountEur, .year, .programme, .since, .status, .sources, .evidence,
         properties: properties(r)
       } END AS edge
