// Records the model version on the single maintenance node (never an :Entity: no search,
// export or analysis sees it), with the date and the steps of the run that brought the graph
// there. Returns { modelVersion }.
// $modelVersion: integer; $steps: ids of the steps that ran (empty for a seed); $origin: 'seed' or 'migration'.
MERGE (record:Maintenance {id: 'model'})
SET record.modelVersion = $modelVersion,
    record.migratedAt = datetime(),
    record.steps = $steps,
    record.origin = $origin
RETURN record.modelVersion AS modelVersion
