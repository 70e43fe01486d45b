// A pôle métropolitain is a syndicat mixte, an actor: a node of that kind stored as a Territory
// becomes a PublicBody (with :Actor). Returns { changed }. No parameters.
MATCH (pole:Territory)
WHERE pole.kind = 'pôle métropolitain'
REMOVE pole:Territory
SET pole:PublicBody:Actor
RETURN count(*) AS changed
