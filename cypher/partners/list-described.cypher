// The actors whose description answers the words of a request, or who took part in a project
// whose description does: the partner finder's fallback when the text names no theme. Each actor
// once, with its best match: the full-text score, and the entity described (itself or the project)
// with its description. At most $cap actors, best first.
// $search: a Lucene query of the request's words; $self: an entity id or null; $kinds: labels to
// keep ([] = every actor); $ignored: element ids of relationships to leave out; $cap.
CALL db.index.fulltext.queryNodes('entity_descriptions', $search, {limit: $cap}) YIELD node, score
CALL (node) {
  WITH node WHERE node:Actor
  RETURN node AS actor
  UNION
  MATCH (actor:Actor)-[link:PARTICIPATES_IN]->(node:Project)
  WHERE NOT elementId(link) IN $ignored
  RETURN actor
}
WITH actor, node, score
WHERE actor.id <> coalesce($self, '') AND (size($kinds) = 0 OR any(label IN labels(actor) WHERE label IN $kinds))
WITH actor, node, score ORDER BY score DESC, node.id
WITH actor, collect({id: node.id, name: node.name, description: node.description, score: score})[0] AS best
RETURN actor.id AS id, best.id AS describedId, best.name AS describedName, best.description AS description, best.score AS score
ORDER BY score DESC, id
LIMIT $cap
