// Number of entities of each kind, each entity counted once under its first kind in $kinds (a
// place that acts, `:EPCI:PublicBody`, counts as the place it is). Returns { kind, count }.
// $kinds: the kind labels, in order of precedence (places first, as kindOf reads them).
MATCH (n:Entity)
WITH [kind IN $kinds WHERE kind IN labels(n)][0] AS kind
WHERE kind IS NOT NULL
RETURN kind, count(*) AS count
ORDER BY count DESC
