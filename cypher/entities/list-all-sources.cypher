// Every source of the graph (documents, open datasets, the vocabulary), by kind then title.
// No parameters.
MATCH (s:Source)
RETURN s { .id, title: s.name, .titleSupplied, .authors, .publisher, .date, .url, .file, .upload, .licence, .kind, .document } AS source
ORDER BY s.kind, s.name
