// Every programme a funding row may name (France 2030, Territoires d'industrie…), by name and aliases.
MATCH (p:Programme)
RETURN p.id AS id, p.name AS name, coalesce(p.aliases, []) AS aliases
