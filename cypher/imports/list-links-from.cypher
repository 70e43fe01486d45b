// The links an import may state again, from the entities it names: to cite them instead of
// duplicating them, and to leave an actor that already has a place where it is.
// $ids: entity ids.
MATCH (a:Entity)
WHERE a.id IN $ids
MATCH (a)-[r:MEMBER_OF|LOCATED_IN|PARTICIPATES_IN|FUNDS]->(b:Entity)
RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS properties
