// Creates synthetic relationships between entities found by id (the :Entity(id) constraint's
// index), each with the batch's provenance and its own optional properties. Returns how many rows
// found both ends, so that a missing endpoint fails the load instead of being skipped.
// $rows: [{ type, from, to, role, amountEur, year, since }] (null where a property does not apply);
// $sources, $evidence: the provenance every synthetic relationship carries.
// Types are checked against the known relationship types before this statement runs. Properties
// are set one by one, not from a map: a map may hold any key, which makes the planner buffer the
// whole batch (Eager) for fear of a conflict with the id lookups.
UNWIND $rows AS row
MATCH (start:Entity {id: row.from})
MATCH (end:Entity {id: row.to})
CREATE (start)-[link:$(row.type)]->(end)
SET link.synthetic = true, link.sources = $sources, link.evidence = $evidence,
    link.role = row.role, link.amountEur = row.amountEur, link.year = row.year, link.since = row.since
RETURN count(link) AS written
