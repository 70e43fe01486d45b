// One entity with every property and its labels, or no row. $id: the entity id.
MATCH (n:Entity {id: $id})
RETURN n { .*, labels: labels(n) } AS entity
