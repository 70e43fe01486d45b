// What the partner finder knows of each entity (a candidate actor, or "who we are"): its own
// themes; the projects it took part in or hosts (role, status, themes, funding, where they are);
// the places it is anchored in (located in, or a territory it is linked to by a curated
// relationship: member, animator, partner, funder…); the structures it belongs to, animates or
// is part of (a cluster, a network, a territory) with their themes and places; the funding it
// received. Each fact comes with the relationship that states it, in the graph API's edge shape,
// citations included.
// A link whose status says it is a prospect or not in effect states no fact here.
// Ranking needs the facts, not what states them nor projects' names: with $cited false those are
// left out (null); the finder reads the suggestions it shows cited. A project's place says whether
// the project was only replicated there.
// $ids: entity ids; $cited: whether to read the relationships with their citations; $ignored:
// element ids of relationships to leave out (the evaluation hides a participation this way,
// without touching the graph).
MATCH (entity:Entity)
WHERE entity.id IN $ids
RETURN entity {
  .id, .name, .sources, .clusterKind, labels: labels(entity),
  themes: COLLECT {
    MATCH (entity)-[link:ADDRESSES]->(theme:Theme)
    RETURN { theme: theme.id, edge: CASE WHEN $cited THEN link { type: 'ADDRESSES', source: entity.id, target: theme.id, .sources, .evidence } END }
  },
  projects: COLLECT {
    CALL (entity) {
      MATCH (entity)-[link:PARTICIPATES_IN]->(project:Project)
      WHERE NOT elementId(link) IN $ignored AND link.status IS NULL
      RETURN project, link, link.role AS role
      UNION
      MATCH (project:Project)-[link:PART_OF]->(entity)
      WHERE NOT entity:Project AND NOT elementId(link) IN $ignored AND link.status IS NULL
      RETURN project, link, 'host' AS role
    }
    RETURN {
      project: project { .id, .status, name: CASE WHEN $cited THEN project.name END },
      role: role,
      edge: CASE WHEN $cited THEN link { type: type(link), source: startNode(link).id, target: endNode(link).id, .role, .sources, .evidence } END,
      themes: [(project)-[about:ADDRESSES]->(theme:Theme) | {
        theme: theme.id, edge: CASE WHEN $cited THEN about { type: 'ADDRESSES', source: project.id, target: theme.id, .sources, .evidence } END
      }],
      funding: [(funder:Entity)-[funds:FUNDS]->(project) WHERE NOT elementId(funds) IN $ignored AND funds.status IS NULL | { funder: funder.id, amountEur: funds.amountEur }],
      places: [(project)-[where:LOCATED_IN|REPLICATED_IN]->(place:Entity) | {
          place: place.id, replicated: type(where) = 'REPLICATED_IN',
          edge: CASE WHEN $cited THEN where { type: type(where), source: project.id, target: place.id, .sources, .evidence } END
        }]
        + [(place:Territory)-[where:PARTICIPATES_IN]->(project) WHERE NOT elementId(where) IN $ignored AND where.status IS NULL | {
          place: place.id, replicated: false, edge: CASE WHEN $cited THEN where { type: 'PARTICIPATES_IN', source: place.id, target: project.id, .role, .sources, .evidence } END
        }]
    }
  },
  anchors: COLLECT {
    MATCH (entity)-[link:LOCATED_IN]->(place:Entity)
    RETURN { place: place.id, via: 'located', edge: CASE WHEN $cited THEN link { type: 'LOCATED_IN', source: entity.id, target: place.id, .sources, .evidence } END } AS anchor
    UNION
    MATCH (entity)-[link]-(place:Territory)
    WHERE NOT type(link) IN ['IN', 'INCLUDES', 'BROADER', 'ADDRESSES', 'LOCATED_IN'] AND NOT elementId(link) IN $ignored AND link.status IS NULL
    RETURN { place: place.id, via: 'territory', edge: CASE WHEN $cited THEN link {
      type: type(link), source: startNode(link).id, target: endNode(link).id, .role, .since, .sources, .evidence
    } END } AS anchor
    UNION
    MATCH (entity)
    WHERE entity:Territory OR entity:Region OR entity:Department OR entity:EPCI OR entity:Commune
    RETURN { place: entity.id, via: 'self', edge: null } AS anchor
  },
  affiliations: COLLECT {
    MATCH (entity)-[link:MEMBER_OF|ANIMATES|PART_OF]->(structure:Entity)
    WHERE (structure:Actor OR structure:Territory) AND NOT elementId(link) IN $ignored AND link.status IS NULL
    RETURN {
      structure: structure { .id, .name, labels: labels(structure) },
      edge: CASE WHEN $cited THEN link { type: type(link), source: entity.id, target: structure.id, .role, .since, .sources, .evidence } END,
      themes: [(structure)-[about:ADDRESSES]->(theme:Theme) | {
        theme: theme.id, edge: CASE WHEN $cited THEN about { type: 'ADDRESSES', source: structure.id, target: theme.id, .sources, .evidence } END
      }],
      places: [(structure)-[where:LOCATED_IN]->(place:Entity) | {
        place: place.id, edge: CASE WHEN $cited THEN where { type: 'LOCATED_IN', source: structure.id, target: place.id, .sources, .evidence } END
      }]
    }
  },
  funding: [(funder:Entity)-[funds:FUNDS]->(entity) WHERE NOT elementId(funds) IN $ignored AND funds.status IS NULL | { funder: funder.id, amountEur: funds.amountEur }]
} AS facts
