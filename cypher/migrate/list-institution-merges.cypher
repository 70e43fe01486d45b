// The public bodies that are the institution governing a place they are LOCATED_IN (the first
// model's pattern): same SIREN, same official code or same official name as the place, or a
// pair of the given list (the seed's own former ids). Returns { body, place }, bodies in id order.
// $knownBodies: [{ body, place }] former public-body id → place id.
CALL () {
  MATCH (body:PublicBody)-[:LOCATED_IN]->(place:Entity)
  WHERE (place:EPCI OR place:Department OR place:Region OR place:Commune)
    AND NOT (body:EPCI OR body:Department OR body:Region OR body:Commune)
    AND ((body.siren IS NOT NULL AND toString(body.siren) = toString(place.siren))
      OR (body.code IS NOT NULL AND toString(body.code) = toString(place.code))
      OR toLower(trim(body.name)) = toLower(trim(place.name)))
  RETURN body.id AS body, place.id AS place
  UNION
  UNWIND $knownBodies AS known
  MATCH (body:PublicBody {id: known.body})
  MATCH (place:Entity {id: known.place})
  WHERE (place:EPCI OR place:Department OR place:Region OR place:Commune)
    AND NOT (body:EPCI OR body:Department OR body:Region OR body:Commune)
  RETURN body.id AS body, place.id AS place
}
RETURN body, place
ORDER BY body, place
