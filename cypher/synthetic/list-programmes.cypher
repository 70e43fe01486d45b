// Ids of the real programmes that synthetic projects may be selected by; ordered. No parameters.
MATCH (programme:Programme)
WHERE programme.synthetic IS NULL
RETURN programme.id AS id
ORDER BY id
