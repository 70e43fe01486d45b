// Number of entities of each kind. $kinds: the kind labels to count.
MATCH (n:Entity)
UNWIND [label IN labels(n) WHERE label IN $kinds] AS kind
RETURN kind, count(*) AS count
ORDER BY count DESC
