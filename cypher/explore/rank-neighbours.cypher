// The ids of an entity's neighbours up to $depth hops, best first, cut at $limit, and whether the
// cut dropped any; no row when the id is unknown.
// Ranking: links between actors, projects and territories first, then LOCATED_IN and ADDRESSES,
// then the IN, INCLUDES and BROADER links of geography and vocabulary (a 2-hop neighbour counts
// as its weaker link); then nearer, better connected, and by name. Hops only pass through kept
// kinds, and a 2-hop neighbour never ranks above the neighbour it is reached through, so
// whatever the cut keeps stays linked to the entity.
// The second hop is capped: unless $followAll, it does not pass through a theme, a place or an
// entity of more than $hubDegree links (a company's sector theme and commune reach tens of
// thousands of entities on the national graph, to keep 200), and it keeps the $perNeighbour best
// of each neighbour's own neighbours. `unfollowed` lists the neighbours not passed through (1,000 at most).
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
    MATCH (start)-[r1]-(middle:Entity)
    WHERE middle <> start
      AND (size($types) = 0 OR type(r1) IN $types)
      AND (size($kinds) = 0 OR any(label IN labels(middle) WHERE label IN $kinds))
      AND ($followAll OR (NOT (middle:Theme OR middle:Region OR middle:Department OR middle:EPCI OR middle:Commune)
                          AND COUNT { (middle)--() } <= $hubDegree))
    CALL (start, middle) {
      MATCH (middle)-[r2]-(neighbour:Entity)
      WHERE neighbour <> start
        AND (size($types) = 0 OR type(r2) IN $types)
        AND (size($kinds) = 0 OR any(label IN labels(neighbour) WHERE label IN $kinds))
      WITH neighbour, coalesce({IN: 0, INCLUDES: 0, BROADER: 0, LOCATED_IN: 1, ADDRESSES: 1}[type(r2)], 2) AS tier2
      ORDER BY tier2 DESC, COUNT { (neighbour)--() } DESC, neighbour.id
      LIMIT $perNeighbour
      RETURN neighbour, tier2
    }
    WITH neighbour, tier2, coalesce({IN: 0, INCLUDES: 0, BROADER: 0, LOCATED_IN: 1, ADDRESSES: 1}[type(r1)], 2) AS tier1
    RETURN neighbour, 2 AS distance, CASE WHEN tier1 < tier2 THEN tier1 ELSE tier2 END AS tier
  }
  WITH neighbour, max(tier) AS tier, min(distance) AS distance
  ORDER BY tier DESC, distance, COUNT { (neighbour)--() } DESC, neighbour.name, neighbour.id
  RETURN neighbour.id
} AS ranked, COLLECT {
  MATCH (start)-[r]-(middle:Entity)
  WHERE $depth >= 2 AND NOT $followAll AND middle <> start
    AND (size($types) = 0 OR type(r) IN $types)
    AND (size($kinds) = 0 OR any(label IN labels(middle) WHERE label IN $kinds))
    AND (middle:Theme OR middle:Region OR middle:Department OR middle:EPCI OR middle:Commune
         OR COUNT { (middle)--() } > $hubDegree)
  RETURN DISTINCT middle.id
  LIMIT 1000
} AS unfollowed
RETURN ranked[..$limit] AS neighbours, size(ranked) > $limit AS truncated, unfollowed
