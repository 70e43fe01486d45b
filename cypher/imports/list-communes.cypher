// Every commune with what a spreadsheet may name it by (INSEE code, postal codes, name) and its
// département's code, to resolve an import's places in memory.
MATCH (c:Commune)-[:IN]->(d:Department)
RETURN c.id AS id, c.code AS code, c.name AS name, coalesce(c.postalCodes, []) AS postalCodes, d.code AS departement, d.name AS departementName
