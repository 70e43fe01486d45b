// Every succession of a Territoire d'industrie from one phase to the next, with its measures.
MATCH (before:Territory)-[link:CONTINUES_AS]->(after:Territory)
RETURN before.id AS from, before.phase AS fromPhase, after.id AS to, after.phase AS toPhase,
       link.sharedMembers AS sharedMembers
ORDER BY from, to
