// title:
//   fr: Projets financés, par année de début
//   en: Funded projects, by start year
// description:
//   fr: Les projets qui ont au moins un financeur, avec leurs années, leur budget quand une source le donne et le total des financements connus, à partir de l’année donnée.
//   en: Projects with at least one funder, with their years, their budget when a source gives it and the total of known funding, from the given year on.
// parameters:
//   fromYear:
//     type: integer
//     min: 1990
//     max: 2100
//     label: { fr: À partir de l’année, en: From year }
//     default: 2015
MATCH (funder)-[funds:FUNDS]->(project:Project)
WHERE coalesce(project.startYear, project.endYear, $fromYear) >= $fromYear
WITH project, collect(DISTINCT funder.name) AS funders, sum(coalesce(funds.amountEur, 0)) AS fundingEur
RETURN project.name AS projectName, project.startYear AS startYear, project.endYear AS endYear,
       project.budgetEur AS budgetEur, fundingEur, funders, project
ORDER BY startYear, projectName
