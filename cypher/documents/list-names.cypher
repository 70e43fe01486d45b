// Every entity a document may name, for the reader's gazetteer held in memory: its names and its
// kind, and for a place the département it lies in (to tell homonymous communes apart). Themes and
// sources are left out: a text does not "mention" them by name.
MATCH (e:Entity)
WHERE NOT e:Theme AND NOT e:Source
OPTIONAL MATCH (e)-[:IN]->(d:Department)
WITH e, collect(d.code)[0] AS departement
RETURN e.id AS id, e.name AS name, coalesce(e.aliases, []) AS aliases,
  [label IN labels(e) WHERE NOT label IN ['Entity', 'Actor', 'Funder', 'PublicBody']][0] AS kind,
  e:PublicBody AS institution, e:Funder AS funder, coalesce(e.code, '') AS code, e.phase AS phase, departement
