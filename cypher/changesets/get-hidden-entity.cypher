// A hidden entity: its labels before hiding and where it was merged, if it was; no row otherwise.
// $id.
MATCH (n:Hidden {id: $id})
RETURN n.hiddenLabels AS labels, n.mergedInto AS mergedInto, n.name AS name
