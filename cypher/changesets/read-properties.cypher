// Some properties of many entities, each locked for the rest of the transaction, for a bulk change.
// $ids: entity ids; $keys: property names. Returns, per entity found, [key, value] pairs in $keys' order.
MATCH (n:Entity)
WHERE n.id IN $ids
SET n.lockedByChangeset = true
REMOVE n.lockedByChangeset
RETURN n.id AS id, [key IN $keys | [key, n[key]]] AS pairs
