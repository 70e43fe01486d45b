// How many neighbours an entity has, by their labels and by the type of the link to them, before
// the explorer asks for them: a node with thousands of neighbours is opened by kind or by its best
// few (the supernode safeguard). No row when the id is unknown. Counting reads the degree and the
// neighbours' labels, never their properties.
// $id: the entity id.
MATCH (start:Entity {id: $id})
RETURN COLLECT {
  MATCH (start)--(neighbour:Entity)
  WHERE neighbour <> start
  WITH DISTINCT neighbour
  WITH labels(neighbour) AS labels, count(*) AS count
  RETURN {labels: labels, count: count}
} AS byLabels, COLLECT {
  MATCH (start)-[r]-(neighbour:Entity)
  WHERE neighbour <> start
  WITH type(r) AS type, count(*) AS count
  RETURN {type: type, count: count}
} AS byType
