// How close each candidate is to "who we are" through curated links only (geography, vocabulary
// and sources left out), in one row: `paths`, one shortest path of at most 4 links per candidate
// in reach (its node ids, and its edges with their citations), found by one search from "who we
// are"; `common`, per candidate, the neighbours both have, each with the two links and its
// number of curated links (for Adamic-Adar). A place that acts (`:Actor`, the institution itself)
// is an actor, not geography, and a Territoire d'industrie's INCLUDES of one is its membership.
// A link whose status says it is a prospect or not in effect is no tie.
// $self: the entity id; $ids: candidate ids; $ignored: element ids of relationships to leave out.
MATCH (self:Entity {id: $self})
CALL (self) {
  MATCH path = ANY SHORTEST (self) ((from:Entity)-[link]-(step:Entity)
      WHERE NOT elementId(link) IN $ignored AND link.status IS NULL
        AND (NOT type(link) IN ['IN', 'INCLUDES', 'BROADER', 'ADDRESSES', 'LOCATED_IN']
        OR (type(link) = 'INCLUDES' AND ((from:Territory AND step:Actor) OR (from:Actor AND step:Territory))))
        AND NOT (step:Theme OR step:Source) AND (step:Actor OR NOT (step:Region OR step:Department OR step:EPCI OR step:Commune))){1,4} (candidate:Entity)
  WHERE candidate.id IN $ids
  RETURN collect({
    id: candidate.id,
    nodes: [node IN nodes(path) | node.id],
    edges: [link IN relationships(path) | link {
      type: type(link), source: startNode(link).id, target: endNode(link).id,
      .role, .amountEur, .year, .since, .sources, .evidence
    }]
  }) AS paths
}
CALL (self) {
  MATCH (self)-[near]-(common:Entity)-[far]-(candidate:Entity)
  WHERE candidate.id IN $ids AND common <> self AND candidate <> self AND common <> candidate
    AND NOT elementId(near) IN $ignored AND NOT elementId(far) IN $ignored
    AND near.status IS NULL AND far.status IS NULL
    AND (NOT type(near) IN ['IN', 'INCLUDES', 'BROADER', 'ADDRESSES', 'LOCATED_IN']
        OR (type(near) = 'INCLUDES' AND ((self:Territory AND common:Actor) OR (self:Actor AND common:Territory))))
    AND (NOT type(far) IN ['IN', 'INCLUDES', 'BROADER', 'ADDRESSES', 'LOCATED_IN']
        OR (type(far) = 'INCLUDES' AND ((common:Territory AND candidate:Actor) OR (common:Actor AND candidate:Territory))))
    AND NOT (common:Theme OR common:Source) AND (common:Actor OR NOT (common:Region OR common:Department OR common:EPCI OR common:Commune))
  WITH candidate, common, collect(near)[0] AS near, collect(far)[0] AS far
  RETURN collect({
    id: candidate.id,
    common: common {
      .id, .name, labels: labels(common),
      links: [link IN [near, far] | link {
        type: type(link), source: startNode(link).id, target: endNode(link).id,
        .role, .amountEur, .year, .since, .sources, .evidence
      }],
      degree: COUNT {
        (common)-[link]-(other:Entity)
        WHERE NOT elementId(link) IN $ignored AND link.status IS NULL
          AND (NOT type(link) IN ['IN', 'INCLUDES', 'BROADER', 'ADDRESSES', 'LOCATED_IN']
        OR (type(link) = 'INCLUDES' AND ((common:Territory AND other:Actor) OR (common:Actor AND other:Territory))))
          AND NOT (other:Theme OR other:Source) AND (other:Actor OR NOT (other:Region OR other:Department OR other:EPCI OR other:Commune))
      }
    }
  }) AS common
}
RETURN paths, common
