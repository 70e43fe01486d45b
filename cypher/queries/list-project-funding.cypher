// title:
//   fr: Qui finance un projet, et combien
//   en: Who funds a project, and how much
// description:
//   fr: Les financeurs d’un projet, le programme au titre duquel chacun finance (quand la source le nomme), le montant et l’année quand la source les donne, et l’extrait qui établit chaque financement.
//   en: The funders of a project, the programme through which each funds (when the source names one), the amount and year when the source gives them, and the excerpt that states each funding.
// parameters:
//   project:
//     type: entity
//     kind: Project
//     label: { fr: Projet, en: Project }
//     default: dkarbonation
MATCH (funder:Entity)-[funds:FUNDS]->(project:Project {id: $project})
OPTIONAL MATCH (programme:Programme {id: funds.programme})
RETURN funder.name AS funderName, programme.name AS programmeName, funds.amountEur AS amountEur, funds.year AS year, funds.evidence AS evidence, funder, funds, project
ORDER BY amountEur DESC, funderName, programmeName
