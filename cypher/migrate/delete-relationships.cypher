// Deletes relationships by element id. Returns { deleted }. $elementIds: [string].
UNWIND $elementIds AS wanted
MATCH ()-[link]->()
WHERE elementId(link) = wanted
DELETE link
RETURN count(*) AS deleted
