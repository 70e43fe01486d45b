// Moves every relationship that ends at a public body onto the place it is merged into (any
// type, kept with its properties). Where that link already ends at the place, the two become
// one: the place's properties are kept and the body's citations (with their evidence) are added.
// Links between the body and the place are left for `absorb-institution` to drop.
// Returns { moved }. $body: the public body's id; $place: the place's id.
MATCH (body:Entity {id: $body})
MATCH (place:Entity {id: $place})
MATCH (other)-[link]->(body)
WHERE other <> place AND other <> body
OPTIONAL MATCH (other)-[same]->(place)
WHERE type(same) = type(link)
WITH link, other, place, same, properties(link) AS incoming, properties(same) AS existing
WITH link, other, place, same, incoming, existing,
     [i IN range(0, size(coalesce(incoming.sources, [])) - 1) WHERE NOT incoming.sources[i] IN coalesce(existing.sources, [])] AS added
FOREACH (_ IN CASE WHEN same IS NULL THEN [1] ELSE [] END |
  CREATE (other)-[moved:$(type(link))]->(place)
  SET moved = incoming)
FOREACH (kept IN CASE WHEN same IS NULL THEN [] ELSE [same] END |
  SET kept += incoming
  SET kept += existing
  SET kept.sources = coalesce(existing.sources, []) + [i IN added | incoming.sources[i]]
  SET kept.evidence = CASE
    WHEN incoming.evidence IS NULL AND existing.evidence IS NULL THEN null
    ELSE coalesce(existing.evidence, [s IN coalesce(existing.sources, []) | '']) + [i IN added | coalesce(incoming.evidence[i], '')]
  END)
DELETE link
RETURN count(*) AS moved
