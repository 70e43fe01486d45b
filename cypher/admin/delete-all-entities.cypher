// Deletes every node and relationship; used only to reset the test database. No parameters.
MATCH (n)
DETACH DELETE n
