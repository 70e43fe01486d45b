// Full-text index over names and aliases of every entity, folding accents and case
// ("cleon" finds "Cléon"). Idempotent; no parameters.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.aliases]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } }
