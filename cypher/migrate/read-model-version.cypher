// The model version the graph was last seeded or migrated to: one row { modelVersion }, null
// when the graph holds no maintenance record (a graph of the first model). No parameters.
OPTIONAL MATCH (record:Maintenance {id: 'model'})
RETURN record.modelVersion AS modelVersion
