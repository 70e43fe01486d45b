// The stored properties of the relationships named by (type, from, to), those that exist.
// Returns { type, from, to, properties }. $rows: [{ type, from, to }].
// Expands from the start node only, as `seed/merge-relationships` does (see why there).
UNWIND $rows AS row
MATCH (start:Entity {id: row.from})
UNWIND [(start)-[link]->(other) WHERE type(link) = row.type AND other.id = row.to | properties(link)] AS properties
RETURN row.type AS type, row.from AS from, row.to AS to, properties
