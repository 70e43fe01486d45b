import { cypher } from '$lib/server/db/cypher';
import type { Database, StatementRunner } from '$lib/server/db/neo4j';

/**
 * The version of the graph model this code reads and writes. 1 is the first model (no
 * maintenance record in the graph); 2 is the model of issue 12 (institutions that act are the
 * place they govern, pôles métropolitains are actors…). Raise it with every change of model that
 * needs `npm run migrate`, and add the migration step that brings a graph there.
 */
export const MODEL_VERSION = 2;

/** The version a graph without a maintenance record is in. */
export const FIRST_MODEL_VERSION = 1;

const READ_MODEL_VERSION = cypher('migrate/read-model-version');
const RECORD_MODEL_VERSION = cypher('migrate/record-model-version');

/** The model version the graph was last seeded or migrated to (`FIRST_MODEL_VERSION` without record). */
export async function readModelVersion(runner: Pick<Database, 'read'>): Promise<number> {
	const [row] = await runner.read(READ_MODEL_VERSION);
	return typeof row?.modelVersion === 'number' ? row.modelVersion : FIRST_MODEL_VERSION;
}

/**
 * Writes `MODEL_VERSION` on the graph's single maintenance node `(:Maintenance {id: 'model'})`,
 * with the date and, for a migration, the ids of the steps that ran.
 */
export async function recordModelVersion(
	runner: StatementRunner,
	{ origin, steps = [] }: { origin: 'seed' | 'migration'; steps?: readonly string[] }
): Promise<void> {
	await runner.run(RECORD_MODEL_VERSION, { modelVersion: MODEL_VERSION, origin, steps: [...steps] });
}
