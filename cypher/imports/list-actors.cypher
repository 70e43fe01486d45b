// Every actor an import's rows may name, with what recognises it: names, aliases, SIREN and
// SIRET, and the communes and départements it is located in.
MATCH (a:Actor)
OPTIONAL MATCH (a)-[:LOCATED_IN]->(place)
OPTIONAL MATCH (place)-[:IN]->(d:Department)
WITH a, collect(DISTINCT place) AS places, collect(DISTINCT d.code) AS departements
RETURN a.id AS id, a.name AS name, coalesce(a.aliases, []) AS aliases, a.siren AS siren, a.siret AS siret,
  [p IN places WHERE p:Commune | p.id] AS communes,
  departements + [p IN places WHERE p:Department | p.code] AS departements
