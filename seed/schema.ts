import { cypher, cypherFolder } from '$lib/server/db/cypher';
import type { Database } from '$lib/server/db/neo4j';

/** Applies every constraint and index of `cypher/schema`; each is idempotent (IF NOT EXISTS). */
export async function applySchema(database: Database): Promise<number> {
	const names = cypherFolder('schema');
	for (const name of names) await database.write(cypher(name));
	return names.length;
}
