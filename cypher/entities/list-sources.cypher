// The source documents with the given ids. $ids: list of source ids.
MATCH (s:Source)
WHERE s.id IN $ids
RETURN s { .id, title: s.name, .titleSupplied, .authors, .publisher, .date, .url, .file, .upload, .licence, .kind, .document } AS source
