// Every index of the database (constraints come with their backing index), for checks and
// the "about the data" page. No parameters.
SHOW INDEXES
YIELD name, type, entityType, labelsOrTypes, properties, state
RETURN name, type, entityType, labelsOrTypes, properties, state
ORDER BY name
