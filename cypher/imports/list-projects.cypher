// Every project an import's rows may name, by name and aliases.
MATCH (p:Project)
RETURN p.id AS id, p.name AS name, coalesce(p.aliases, []) AS aliases
