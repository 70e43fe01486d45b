// Creates many relationships of one type at once (a run of a large changeset); returns the index
// of each one created, so that a missing end is told by the rows absent. $type: checked against
// the model's relationship types before this runs; $rows: [{ index, from, to, properties }].
UNWIND $rows AS row
MATCH (start:Entity {id: row.from})
MATCH (end:Entity {id: row.to})
CREATE (start)-[r:$($type)]->(end)
SET r = row.properties
RETURN row.index AS index
