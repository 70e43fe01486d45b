// Every relationship whose two ends are among the given entities, with its citations and the
// properties the explorer shows. $ids: list of entity ids; $types: relationship types to keep
// ([] = all).
MATCH (from:Entity)-[r]->(to:Entity)
WHERE from.id IN $ids AND to.id IN $ids AND (size($types) = 0 OR type(r) IN $types)
RETURN r {
  type: type(r), source: from.id, target: to.id,
  .role, .roleText, .title, .amountEur, .year, .programme, .since, .status, .sources, .evidence
} AS edge
