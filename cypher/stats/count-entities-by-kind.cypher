// Number of entities of each kind, each entity counted once: under the first of $kinds it carries
// (places come first, so an institution that acts is counted as the place it is).
// $kinds: the kind labels, in order of precedence.
MATCH (n:Entity)
WITH [kind IN $kinds WHERE kind IN labels(n)][0] AS kind
WHERE kind IS NOT NULL
RETURN kind, count(*) AS count
ORDER BY count DESC
