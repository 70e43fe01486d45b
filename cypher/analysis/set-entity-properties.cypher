// Sets properties on entities, for writing analysis results back. $rows is a list of
// { id, properties, floats }: `properties` are set as given (a null value removes the property);
// `floats` are stored as FLOAT even when a value is whole (whole numbers travel as INTEGER), so
// that a measure has one type on every node. Returns `updated`, how many entities were found.
// $rows: the list.
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n += row.properties
WITH n, row
CALL (n, row) {
  UNWIND keys(row.floats) AS key
  SET n[key] = toFloat(row.floats[key])
}
RETURN count(n) AS updated
