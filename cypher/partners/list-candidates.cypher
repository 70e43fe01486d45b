// The actors worth scoring for a request, each with the reasons it came up: 'theme' (it
// addresses one of the themes, or took part in or hosts a project that does), 'place' (it is
// anchored in the région of one of the places: located there, or linked to a territory there),
// 'network' (at most 3 curated links from "who we are", geography and vocabulary left out; a
// place that acts is an actor, and a Territoire d'industrie's INCLUDES of one its membership). At
// most $cap actors per reason, those with more links first.
// $themes: theme ids (the requested ones and their relatives); $places: place ids;
// $self: an entity id or null; $kinds: labels to keep ([] = every actor); $ignored: element ids
// of relationships to leave out; $cap: most actors per reason.
CALL () {
  CALL () {
    MATCH (actor:Actor)-[:ADDRESSES]->(theme:Theme)
    WHERE theme.id IN $themes
    RETURN actor
    UNION
    MATCH (actor:Actor)-[link:PARTICIPATES_IN]->(:Project)-[:ADDRESSES]->(theme:Theme)
    WHERE theme.id IN $themes AND NOT elementId(link) IN $ignored
    RETURN actor
    UNION
    MATCH (actor:Actor)<-[link:PART_OF]-(:Project)-[:ADDRESSES]->(theme:Theme)
    WHERE theme.id IN $themes AND NOT elementId(link) IN $ignored
    RETURN actor
  }
  WITH actor WHERE actor.id <> coalesce($self, '') AND (size($kinds) = 0 OR any(label IN labels(actor) WHERE label IN $kinds))
  WITH actor ORDER BY COUNT { (actor)--() } DESC, actor.id LIMIT $cap
  RETURN actor, 'theme' AS reason
  UNION
  CALL () {
    MATCH (place:Entity)-[:IN|LOCATED_IN]->{0,3}(region:Region)
    WHERE place.id IN $places
    WITH DISTINCT region
    CALL (region) {
      MATCH (actor:Actor)-[:LOCATED_IN]->(:Entity)-[:IN]->{0,2}(region)
      RETURN actor
      UNION
      MATCH (actor:Actor)-[link]-(:Territory)-[:IN|LOCATED_IN]->{1,3}(region)
      WHERE NOT type(link) IN ['IN', 'INCLUDES', 'BROADER', 'ADDRESSES', 'LOCATED_IN'] AND NOT elementId(link) IN $ignored
      RETURN actor
    }
    RETURN actor
  }
  WITH actor WHERE actor.id <> coalesce($self, '') AND (size($kinds) = 0 OR any(label IN labels(actor) WHERE label IN $kinds))
  WITH actor ORDER BY COUNT { (actor)--() } DESC, actor.id LIMIT $cap
  RETURN actor, 'place' AS reason
  UNION
  OPTIONAL MATCH (self:Entity {id: $self})
  MATCH ANY SHORTEST (self) ((from:Entity)-[link]-(step:Entity)
      WHERE NOT elementId(link) IN $ignored
        AND (NOT type(link) IN ['IN', 'INCLUDES', 'BROADER', 'ADDRESSES', 'LOCATED_IN']
        OR (type(link) = 'INCLUDES' AND ((from:Territory AND step:Actor) OR (from:Actor AND step:Territory))))
        AND NOT (step:Theme OR step:Source) AND (step:Actor OR NOT (step:Region OR step:Department OR step:EPCI OR step:Commune))){1,3} (actor:Actor)
  WITH actor WHERE actor <> self AND (size($kinds) = 0 OR any(label IN labels(actor) WHERE label IN $kinds))
  WITH actor ORDER BY COUNT { (actor)--() } DESC, actor.id LIMIT $cap
  RETURN actor, 'network' AS reason
}
RETURN actor.id AS id, collect(reason) AS reasons
ORDER BY id
