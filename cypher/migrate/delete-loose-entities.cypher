// Deletes entities by id, only while no relationship touches them. Returns { deleted }.
// $ids: [string].
UNWIND $ids AS wanted
MATCH (n:Entity {id: wanted})
WHERE NOT EXISTS { (n)--() }
DELETE n
RETURN count(*) AS deleted
