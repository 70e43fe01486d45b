// The real theme vocabulary: id, French name and the id of the broader theme (or null); ordered by
// id. No parameters.
MATCH (theme:Theme)
WHERE theme.synthetic IS NULL
RETURN theme.id AS id, theme.name AS name, [(theme)-[:BROADER]->(parent:Theme) | parent.id][0] AS broader
ORDER BY id
