// Full-text index over the descriptions of every entity, in French (elisions, stop words, light
// stemming): the partner finder reads it when a project's description names no theme.
// Idempotent; no parameters.
CREATE FULLTEXT INDEX entity_descriptions IF NOT EXISTS
FOR (n:Entity) ON EACH [n.description]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'french', `fulltext.eventually_consistent`: false } }
