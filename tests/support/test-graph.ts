import { cypher } from '$lib/server/db/cypher';
import type { Database } from '$lib/server/db/neo4j';
import { buildSeed } from '../../seed/build';
import { formatProblem } from '../../seed/problems';
import { applySchema } from '../../seed/schema';
import { writeRows } from '../../seed/write';

/**
 * The test graph: every curated fact of `seed/` (the integration tests pin them) on a small part
 * of the geography — two départements in full, plus every place the curated files cite.
 */
export const FIXTURE_SEED = 'seed';
export const FIXTURE_OPEN_DATA = 'seed/open-data';
export const FIXTURE_DEPARTEMENTS = ['38', '76'];

/** Empties the test database, applies the schema and loads the fixture. */
export async function resetTestGraph(database: Database): Promise<void> {
	await database.write(cypher('admin/delete-all-entities'));
	await applySchema(database);
	const seed = await buildSeed(FIXTURE_SEED, FIXTURE_OPEN_DATA, { departements: FIXTURE_DEPARTEMENTS });
	if (seed.problems.length > 0) throw new Error(`The test fixture is invalid:\n${seed.problems.map(formatProblem).join('\n')}`);
	await writeRows(database, seed.rows);
}
