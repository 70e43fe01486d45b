// What the partner finder knows of each entity (a candidate actor, or "who we are"): its own
// themes; the projects it took part in or hosts (role, status, themes, funding, where they are);
// the places it is anchored in (located in, or a territory it is linked to by a curated
// relationship: member, animator, partner, funder…); the structures it belongs to, animates or
// is part of (a cluster, a network, a territory) with their themes and places; the funding it
// received. Each fact comes with the relationship that states it, in the graph API's edge shape,
// citations included.
// A link whose status says it is a prospect or not in effect states no fact here.
// $ids: entity ids; $ignored: element ids of relationships to leave out (the evaluation hides a
// participation this way, without touching the graph).
MATCH (entity:Entity)
WHERE entity.id IN $ids
RETURN entity {
  .id, .name, .sources, .clusterKind, labels: labels(entity),
  themes: COLLECT {
    MATCH (entity)-[link:ADDRESSES]->(theme:Theme)
    RETURN { theme: theme.id, edge: link { type: 'ADDRESSES', source: entity.id, target: theme.id, .sources, .evidence } }
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
      project: project { .id, .name, .status, .startYear, .endYear },
      role: role,
      edge: link { type: type(link), source: startNode(link).id, target: endNode(link).id, .role, .sources, .evidence },
      themes: [(project)-[about:ADDRESSES]->(theme:Theme) | {
        theme: theme.id, edge: about { type: 'ADDRESSES', source: project.id, target: theme.id, .sources, .evidence }
      }],
      funding: [(funder:Entity)-[funds:FUNDS]->(project) WHERE NOT elementId(funds) IN $ignored AND funds.status IS NULL | { funder: funder.id, amountEur: funds.amountEur }],
      places: [(project)-[where:LOCATED_IN|REPLICATED_IN]->(place:Entity) | {
          place: place.id, edge: where { type: type(where), source: project.id, target: place.id, .sources, .evidence }
        }]
        + [(place:Territory)-[where:PARTICIPATES_IN]->(project) WHERE NOT elementId(where) IN $ignored AND where.status IS NULL | {
          place: place.id, edge: where { type: 'PARTICIPATES_IN', source: place.id, target: project.id, .role, .sources, .evidence }
        }]
    }
  },
  anchors: COLLECT {
    MATCH (entity)-[link:LOCATED_IN]->(place:Entity)
    RETURN { place: place.id, via: 'located', edge: link { type: 'LOCATED_IN', source: entity.id, target: place.id, .sources, .evidence } } AS anchor
    UNION
    MATCH (entity)-[link]-(place:Territory)
    WHERE NOT type(link) IN ['IN', 'INCLUDES', 'BROADER', 'ADDRESSES', 'LOCATED_IN'] AND NOT elementId(link) IN $ignored AND link.status IS NULL
    RETURN { place: place.id, via: 'territory', edge: link {
      type: type(link), source: startNode(link).id, target: endNode(link).id, .role, .since, .sources, .evidence
    } } AS anchor
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
      edge: link { type: type(link), source: entity.id, target: structure.id, .role, .since, .sources, .evidence },
      themes: [(structure)-[about:ADDRESSES]->(theme:Theme) | {
        theme: theme.id, edge: about { type: 'ADDRESSES', source: structure.id, target: theme.id, .sources, .evidence }
      }],
      places: [(structure)-[where:LOCATED_IN]->(place:Entity) | {
        place: place.id, edge: where { type: 'LOCATED_IN', source: structure.id, target: place.id, .sources, .evidence }
      }]
    }
  },
  funding: [(funder:Entity)-[funds:FUNDS]->(entity) WHERE NOT elementId(funds) IN $ignored AND funds.status IS NULL | { funder: funder.id, amountEur: funds.amountEur }]
} AS facts
