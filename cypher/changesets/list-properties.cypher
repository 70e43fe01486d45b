// Some properties of many entities, as they are now (no lock), for planning a bulk change.
// $ids: entity ids; $keys: property names. Returns, per entity found, [key, value] pairs in $keys' order.
MATCH (n:Entity)
WHERE n.id IN $ids
RETURN n.id AS id, [key IN $keys | [key, n[key]]] AS pairs
