// Every property key stored on entities (holder 'node') and on relationships between entities
// (holder 'edge'), with the distinct value types each key holds (valueType(): 'STRING NOT NULL',
// 'LIST<INTEGER NOT NULL> NOT NULL'…), so that GraphML, GEXF and CSV files can declare every
// column with its type before the first page is written. No parameters.
MATCH (n:Entity)
UNWIND keys(n) AS key
WITH key, collect(DISTINCT valueType(n[key])) AS types
RETURN 'node' AS holder, key, types
UNION ALL
MATCH (:Entity)-[r]->(:Entity)
UNWIND keys(r) AS key
WITH key, collect(DISTINCT valueType(r[key])) AS types
RETURN 'edge' AS holder, key, types
