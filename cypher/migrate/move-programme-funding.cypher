// A programme does not fund: its operator funds through it. A FUNDS from a programme to something
// that exactly one other funder funds becomes that funder's link, with `programme` set (amount and
// year kept when the operator's link has none); the programme's link is then removed. Where the
// graph names no single operator, the link stays and is counted in `left` for the report.
MATCH (programme:Programme)-[old:FUNDS]->(funded:Entity)
WITH programme, old, funded, [(operator:Entity)-[link:FUNDS]->(funded) WHERE NOT operator:Programme | link] AS operators
WITH programme, old, funded, operators, size(operators) = 1 AS movable
FOREACH (link IN CASE WHEN movable THEN operators ELSE [] END |
  SET link.programme = coalesce(link.programme, programme.id),
      link.amountEur = coalesce(link.amountEur, old.amountEur),
      link.year = coalesce(link.year, old.year))
WITH old, movable
CALL (old, movable) {
  WITH old WHERE movable
  DELETE old
}
RETURN count(CASE WHEN movable THEN 1 END) AS moved, count(CASE WHEN NOT movable THEN 1 END) AS left
