// title:
//   fr: Projets par thème et par état d’avancement
//   en: Projects by theme and status
// description:
//   fr: Les projets qui portent sur un thème ou l’un de ses sous-thèmes, avec leur état (prévu, en cours, terminé), leurs années et leurs porteurs.
//   en: Projects that address a theme or one of its narrower themes, with their status (planned, ongoing, completed), years and lead partners.
// parameters:
//   theme:
//     type: entity
//     kind: Theme
//     label: { fr: Thème, en: Theme }
//     default: industrie-du-futur
//   status:
//     type: enum
//     values: ['all', 'planned', 'ongoing', 'completed', 'unknown']
//     label: { fr: État, en: Status }
//     default: all
MATCH (project:Project)-[:ADDRESSES]->(:Theme)-[:BROADER*0..]->(theme:Theme {id: $theme})
WHERE $status = 'all' OR coalesce(project.status, 'unknown') = $status
WITH DISTINCT project
OPTIONAL MATCH (lead)-[:PARTICIPATES_IN {role: 'lead'}]->(project)
RETURN project.name AS projectName, coalesce(project.status, 'unknown') AS status,
       project.startYear AS startYear, project.endYear AS endYear, collect(lead.name) AS leads, project
ORDER BY startYear, projectName
