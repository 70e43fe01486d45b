// title:
//   fr: Financeurs classés par montant et nombre de projets
//   en: Funders ranked by amount and number of projects
// description:
//   fr: Chaque financeur et le programme au titre duquel il finance (quand la source le nomme), la somme des montants connus qu’il apporte, le nombre de projets qu’il finance et ces projets ; restreint aux projets d’un thème (ou de ses sous-thèmes) si un thème est donné.
//   en: Each funder and the programme through which it funds (when the source names one), the sum of the known amounts it provides, the number of projects it funds and those projects; restricted to projects of a theme (or its narrower themes) when one is given.
// parameters:
//   theme:
//     type: string
//     label: { fr: 'Thème (identifiant, vide pour tous)', en: 'Theme (id, empty for all)' }
//     default: ''
MATCH (funder:Entity)-[funds:FUNDS]->(project:Project)
WHERE $theme = '' OR EXISTS { (project)-[:ADDRESSES]->(:Theme)-[:BROADER*0..]->(:Theme {id: $theme}) }
OPTIONAL MATCH (programme:Programme {id: funds.programme})
WITH funder, programme, sum(coalesce(funds.amountEur, 0)) AS amountEur, count(DISTINCT project) AS projects,
     collect(DISTINCT project.name) AS projectNames
RETURN funder.name AS funderName, programme.name AS programmeName, amountEur, projects, projectNames
ORDER BY amountEur DESC, projects DESC, funderName, programmeName
