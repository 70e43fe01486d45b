// A spread of entities to load-test with: about twice `$limit` entities of the given kind labels,
// evenly spaced in id order (the same sample on every run of one graph), of which those with at
// least one relationship, at most `$limit`. Returns id, name and degree.
// $labels: kind labels (any of them); $limit: an integer.
MATCH (entity:Entity)
WHERE any(label IN labels(entity) WHERE label IN $labels)
WITH entity
ORDER BY entity.id
WITH collect(entity) AS entities
WITH entities, CASE WHEN size(entities) > $limit * 2 THEN size(entities) / ($limit * 2) ELSE 1 END AS stride
UNWIND range(0, size(entities) - 1, stride) AS position
WITH entities[position] AS entity
WITH entity, COUNT { (entity)--() } AS degree
WHERE degree > 0
RETURN entity.id AS id, entity.name AS name, degree
LIMIT $limit
