// Makes the place the institution itself, as the seed does (seed/enrich.ts): it gains the body's
// acting labels (Actor, PublicBody, Funder) and properties, keeps its own kind, official name
// and facts, takes the body's name into its aliases and adds the body's citations; then the
// body is deleted with what still joins it to the place (its LOCATED_IN to itself).
// Run after `move-outgoing-links` and `move-incoming-links`. Returns { absorbed }.
// $body: the public body's id; $place: the place's id.
MATCH (body:Entity {id: $body})
MATCH (place:Entity {id: $place})
WITH body, place, properties(place) AS official, properties(body) AS addition,
     [label IN labels(body) WHERE label IN ['Actor', 'PublicBody', 'Funder']] AS acting
WITH body, place, official, addition, acting,
     coalesce(official.aliases, [])
       + CASE WHEN addition.name IS NULL OR addition.name = official.name THEN [] ELSE [addition.name] END
       + coalesce(addition.aliases, []) AS names,
     coalesce(official.sources, []) + coalesce(addition.sources, []) AS citations
WITH body, place, official, addition, acting,
     reduce(kept = [], name IN names | CASE WHEN name IN kept OR name = official.name THEN kept ELSE kept + name END) AS aliases,
     reduce(kept = [], citation IN citations | CASE WHEN citation IN kept THEN kept ELSE kept + citation END) AS sources
SET place += addition {.*, id: official.id}
SET place += official
SET place:$(acting)
SET place.aliases = CASE WHEN size(aliases) = 0 THEN null ELSE aliases END,
    place.sources = CASE WHEN size(sources) = 0 THEN null ELSE sources END,
    place.description = coalesce(addition.description, official.description)
DETACH DELETE body
RETURN count(*) AS absorbed
