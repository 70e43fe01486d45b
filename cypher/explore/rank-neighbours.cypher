// The ids of an entity's neighbours up to $depth hops, best first, cut at $limit, and whether the
// cut dropped any; no row when the id is unknown.
// Ranking: links between actors, projects and territories first, then LOCATED_IN and ADDRESSES,
// then the IN, INCLUDES and BROADER links of geography and vocabulary (a 2-hop neighbour counts
// as its weaker link); then nearer, better connected, and by name. Hops only pass through kept
// kinds, and a 2-hop neighbour never ranks above the neighbour it is reached through, so
// whatever the cut keeps stays linked to the entity.
// $id: the entity id; $depth: 1 or 2; $limit: most neighbours returned;
// $types: relationship types to follow ([] = all); $kinds: kinds of neighbour to keep ([] = all).
MATCH (start:Entity {id: $id})
WITH start, COLLECT {
  CALL (start) {
    MATCH (start)-[r]-(neighbour:Entity)
    WHERE neighbour <> start
      AND (size($types) = 0 OR type(r) IN $types)
      AND (size($kinds) = 0 OR any(label IN labels(neighbour) WHERE label IN $kinds))
    RETURN neighbour, 1 AS distance,
           coalesce({IN: 0, INCLUDES: 0, BROADER: 0, LOCATED_IN: 1, ADDRESSES: 1}[type(r)], 2) AS tier
    UNION ALL
    WITH start WHERE $depth >= 2
    MATCH (start)-[r1]-(middle:Entity)-[r2]-(neighbour:Entity)
    WHERE middle <> start AND neighbour <> start
      AND (size($types) = 0 OR (type(r1) IN $types AND type(r2) IN $types))
      AND (size($kinds) = 0 OR (any(label IN labels(middle) WHERE label IN $kinds)
                                AND any(label IN labels(neighbour) WHERE label IN $kinds)))
    WITH neighbour,
         coalesce({IN: 0, INCLUDES: 0, BROADER: 0, LOCATED_IN: 1, ADDRESSES: 1}[type(r1)], 2) AS tier1,
         coalesce({IN: 0, INCLUDES: 0, BROADER: 0, LOCATED_IN: 1, ADDRESSES: 1}[type(r2)], 2) AS tier2
    RETURN neighbour, 2 AS distance, CASE WHEN tier1 < tier2 THEN tier1 ELSE tier2 END AS tier
  }
  WITH neighbour, max(tier) AS tier, min(distance) AS distance
  ORDER BY tier DESC, distance, COUNT { (neighbour)--() } DESC, neighbour.name, neighbour.id
  RETURN neighbour.id
} AS ranked
RETURN ranked[..$limit] AS neighbours, size(ranked) > $limit AS truncated
