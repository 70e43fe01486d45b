// title:
//   fr: Projets retenus par un programme
//   en: Projects selected by a programme
// description:
//   fr: Les projets retenus par un programme ou un appel à projets (ou l’un de ses sous-programmes), avec leurs porteurs et leurs financeurs.
//   en: Projects selected by a programme or call for projects (or one of its sub-programmes), with their leads and funders.
// parameters:
//   programme:
//     type: entity
//     kind: Programme
//     label: { fr: Programme, en: Programme }
//     default: programme-territoires-d-industrie
MATCH (project:Project)-[:SELECTED_BY]->(:Programme)-[:PART_OF*0..]->(programme:Programme {id: $programme})
OPTIONAL MATCH (participant)-[:PARTICIPATES_IN]->(project)
OPTIONAL MATCH (funder)-[:FUNDS]->(project)
RETURN project.name AS projectName, project.status AS status, collect(DISTINCT participant.name) AS participants,
       collect(DISTINCT funder.name) AS funders, project
ORDER BY projectName
