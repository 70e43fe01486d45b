// The supports shown with the funders the partner finder suggests: for each supporter and
// project pair asked, the links that say the one supported the other (FUNDS, SELECTED_BY) with
// their amounts, years and citations, and the programme through which an operator funds the
// project, when the link names one.
// $pairs: [{ supporter, project }] ids; $ignored: element ids of relationships to leave out.
UNWIND $pairs AS pair
MATCH (supporter:Entity {id: pair.supporter})
MATCH (project:Project {id: pair.project})
CALL (supporter, project) {
  MATCH (supporter)-[link:FUNDS]->(project)
  WHERE NOT elementId(link) IN $ignored
  RETURN link
  UNION ALL
  MATCH (project)-[link:SELECTED_BY]->(supporter)
  WHERE supporter:Programme AND NOT elementId(link) IN $ignored
  RETURN link
}
RETURN supporter { .id, .name, labels: labels(supporter) } AS supporter,
       project { .id, .name } AS project,
       link { type: type(link), source: startNode(link).id, target: endNode(link).id, .amountEur, .year, .sources } AS edge,
       COLLECT { MATCH (programme:Programme {id: link.programme}) RETURN programme { .id, .name } }[0] AS programme
ORDER BY supporter.id, project.id
