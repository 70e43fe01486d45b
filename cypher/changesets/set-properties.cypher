// Sets properties on many entities in one statement (a bulk operation of a changeset: analysis
// measures). $rows: [{ id, properties, floats }]: `properties` set as given (null removes);
// `floats` stored as FLOAT even when whole, so that a measure has one type on every node.
// Returns how many entities were found.
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n += row.properties
WITH n, row
CALL (n, row) {
  UNWIND keys(row.floats) AS key
  SET n[key] = toFloat(row.floats[key])
}
RETURN count(n) AS updated
