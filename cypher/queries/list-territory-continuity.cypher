// title:
//   fr: D’une phase à l’autre, les Territoires d’industrie qui se poursuivent
//   en: From one phase to the next, the Territoires d’industrie that continue
// description:
//   fr: Pour chaque Territoire d’industrie de 2019-2022, celui ou ceux de 2023-2027 qui le poursuivent (au moins la moitié des membres de l’un ou de l’autre en commun), avec le nombre de membres partagés et leur part de chaque côté.
//   en: For each 2019-2022 Territoire d’industrie, the 2023-2027 one or ones that continue it (at least half of either side’s members in common), with the number of shared members and their share on each side.
// parameters:
//   minShared:
//     type: integer
//     min: 1
//     max: 100
//     label: { fr: Membres communs (minimum), en: Shared members (minimum) }
//     default: 1
MATCH (before:Territory {phase: '2019-2022'})-[link:CONTINUES_AS]->(after:Territory {phase: '2023-2027'})
WHERE link.sharedMembers >= $minShared
RETURN before.name AS phase1, after.name AS phase2, link.sharedMembers AS sharedMembers,
       link.shareOfPredecessor AS shareOfPhase1, link.shareOfSuccessor AS shareOfPhase2, before, after
ORDER BY sharedMembers DESC, phase1
