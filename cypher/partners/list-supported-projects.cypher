// The supported projects that address the given themes, one row each, with what ranking their
// supporters needs and nothing more: the project's themes and places (located in, replicated in,
// territories taking part), and who supported it — a funder (FUNDS, with the amount when the
// source gives it) or the programme that selected it (SELECTED_BY), by id. Names, citations,
// years and programmes are read for the supporters shown only (list-supports).
// $themes: theme ids; $exclude: a project id to leave out (the request's own) or null;
// $ignored: element ids of relationships to leave out.
MATCH (project:Project)-[:ADDRESSES]->(theme:Theme)
WHERE theme.id IN $themes AND project.id <> coalesce($exclude, '')
WITH DISTINCT project
WITH project, COLLECT {
  MATCH (supporter:Entity)-[link:FUNDS]->(project)
  WHERE NOT elementId(link) IN $ignored
  RETURN { id: supporter.id, type: 'FUNDS', amountEur: link.amountEur } AS support
  UNION ALL
  MATCH (project)-[link:SELECTED_BY]->(supporter:Programme)
  WHERE NOT elementId(link) IN $ignored
  RETURN { id: supporter.id, type: 'SELECTED_BY' } AS support
} AS supporters
WHERE size(supporters) > 0
RETURN project { .id,
  themes: [(project)-[:ADDRESSES]->(theme:Theme) | theme.id],
  places: [(project)-[:LOCATED_IN|REPLICATED_IN]->(place:Entity) | place.id]
    + [(place:Territory)-[:PARTICIPATES_IN]->(project) | place.id],
  supporters: supporters
} AS project
ORDER BY project.id
