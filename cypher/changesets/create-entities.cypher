// Creates many entities of the same labels at once (a run of a large changeset, such as an
// import); returns how many. $labels: checked against the model's kinds before this runs;
// $rows: their properties, each with its id (checked absent in the same transaction just before).
UNWIND $rows AS row
CREATE (n:Entity)
SET n = row
SET n:$($labels)
RETURN count(n) AS created
