// Every curated relationship (geography, vocabulary and sources left out) as its element id and
// its two ends, and every actor with its labels, for the evaluation's baselines (most connected
// first, common neighbours). No parameters.
MATCH (actor:Actor)
WITH collect(actor { .id, labels: labels(actor) }) AS actors
RETURN actors, COLLECT {
  MATCH (from:Entity)-[link]->(to:Entity)
  WHERE NOT type(link) IN ['IN', 'INCLUDES', 'BROADER', 'ADDRESSES', 'LOCATED_IN']
    AND NOT (from:Region OR from:Department OR from:EPCI OR from:Commune OR from:Theme OR from:Source)
    AND NOT (to:Region OR to:Department OR to:EPCI OR to:Commune OR to:Theme OR to:Source)
  RETURN { link: elementId(link), source: from.id, target: to.id }
} AS links
