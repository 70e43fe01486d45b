// What the model of roles and funding forbids, counted (all zero on a graph in the current
// model): a role outside its controlled list, a programme that funds or is a funder, a node that
// funds without being a funder. Run by the tests and after a migration.
// $participationRoles, $personRoles: the two controlled lists of roles.
CALL () {
  MATCH ()-[link]->()
  WHERE link.role IS NOT NULL
    AND NOT link.role IN CASE type(link) WHEN 'ROLE_AT' THEN $personRoles ELSE $participationRoles END
  RETURN count(link) AS rolesOutsideTheLists, collect(DISTINCT type(link) + ' ' + toString(link.role))[..10] AS unknownRoles
}
CALL () {
  MATCH (programme:Programme)
  WHERE programme:Funder OR EXISTS { (programme)-[:FUNDS]->() }
  RETURN count(programme) AS programmesThatFund
}
CALL () {
  MATCH (funder:Entity)-[:FUNDS]->()
  WHERE NOT funder:Funder
  RETURN count(DISTINCT funder) AS fundersWithoutTheLabel
}
RETURN rolesOutsideTheLists, unknownRoles, programmesThatFund, fundersWithoutTheLabel
