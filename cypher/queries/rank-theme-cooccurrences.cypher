// title:
//   fr: Thèmes qui vont ensemble dans les projets
//   en: Themes co-occurring in projects
// description:
//   fr: Les paires de thèmes abordés par un même projet, classées par nombre de projets qui les réunissent (au moins le minimum donné).
//   en: Pairs of themes addressed by the same project, ranked by the number of projects that bring them together (at least the given minimum).
// parameters:
//   minProjects:
//     type: integer
//     min: 1
//     max: 100
//     label: { fr: Nombre minimal de projets, en: Minimum number of projects }
//     default: 2
MATCH (first:Theme)<-[:ADDRESSES]-(project:Project)-[:ADDRESSES]->(second:Theme)
WHERE first.id < second.id
WITH first, second, count(DISTINCT project) AS projects, collect(DISTINCT project.name) AS projectNames
WHERE projects >= $minProjects
RETURN first.name AS theme, second.name AS otherTheme, projects, projectNames
ORDER BY projects DESC, theme, otherTheme
