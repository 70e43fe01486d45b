// Who supported the projects that address the given themes: the funders (FUNDS, with the amount
// and year when the source gives them) and the programmes that selected them (SELECTED_BY), one
// row per supporter and project, with the link and its citations, the project's themes and the
// places it is tied to (located in, replicated in, territories taking part), and the programme
// through which an operator funds it, when the link names one.
// $themes: theme ids; $exclude: a project id to leave out (the request's own) or null;
// $ignored: element ids of relationships to leave out.
MATCH (project:Project)-[:ADDRESSES]->(theme:Theme)
WHERE theme.id IN $themes AND project.id <> coalesce($exclude, '')
WITH DISTINCT project
// Each project's facts once, not once per supporter.
WITH project, project { .id, .name, .status, .startYear, .endYear,
  themes: [(project)-[:ADDRESSES]->(theme:Theme) | theme.id],
  places: [(project)-[:LOCATED_IN|REPLICATED_IN]->(place:Entity) | place.id]
    + [(place:Territory)-[:PARTICIPATES_IN]->(project) | place.id]
} AS facts
CALL (project) {
  MATCH (supporter:Entity)-[link:FUNDS]->(project)
  WHERE NOT elementId(link) IN $ignored
  RETURN supporter, link
  UNION
  MATCH (project)-[link:SELECTED_BY]->(supporter:Programme)
  WHERE NOT elementId(link) IN $ignored
  RETURN supporter, link
}
RETURN supporter { .id, .name, labels: labels(supporter) } AS supporter,
       facts AS project,
       link { type: type(link), source: startNode(link).id, target: endNode(link).id, .amountEur, .year, .sources } AS edge,
       COLLECT { MATCH (programme:Programme {id: link.programme}) RETURN programme { .id, .name } }[0] AS programme
ORDER BY supporter.id, project.id
