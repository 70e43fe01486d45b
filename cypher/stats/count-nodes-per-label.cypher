// Number of entities carrying each label (a node with several is counted under each). $kinds: the labels to count.
MATCH (n:Entity)
UNWIND [label IN labels(n) WHERE label IN $kinds] AS kind
RETURN kind, count(*) AS count
ORDER BY count DESC
