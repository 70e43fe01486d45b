// Deletes each MEMBER_OF from an intercommunality to a Territoire d'industrie that INCLUDES it:
// the open data states that membership, the other way round. Returns { deleted }. No parameters.
MATCH (territory:Territory)-[:INCLUDES]->(epci:EPCI)-[membership:MEMBER_OF]->(territory)
DELETE membership
RETURN count(*) AS deleted
