// `:Funder` follows what a node does: whoever a FUNDS starts from has it, a programme never does.
// Returns how many nodes changed.
CALL () {
  MATCH (programme:Programme:Funder)
  REMOVE programme:Funder
  RETURN count(programme) AS removed
}
CALL () {
  MATCH (funder:Entity)
  WHERE NOT funder:Funder AND NOT funder:Programme AND EXISTS { (funder)-[:FUNDS]->() }
  SET funder:Funder
  RETURN count(funder) AS added
}
RETURN removed + added AS changed
