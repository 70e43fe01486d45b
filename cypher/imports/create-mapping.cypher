// Saves a spreadsheet's column mapping for reuse: an :ImportMapping (never an :Entity, never a
// fact), owned by the account that saved it. Returns it.
// $id: random id; $ownerId: the account; $name; $preset; $mapping: the mapping as a JSON string.
CREATE (m:ImportMapping {id: $id, ownerId: $ownerId, name: $name, preset: $preset, mapping: $mapping, createdAt: toString(datetime())})
RETURN m.id AS id, m.name AS name, m.preset AS preset, m.mapping AS mapping, m.createdAt AS createdAt
