import { mkdir, writeFile } from 'node:fs/promises';
import { cypher } from '$lib/server/db/cypher';
import { connect } from '$lib/server/db/neo4j';
import { readDatabaseSettings, testDatabaseEnvironment } from '$lib/server/db/settings';
import { buildSeed } from '../seed/build';
import { applySchema } from '../seed/schema';
import { writeRows } from '../seed/write';

/**
 * `npm run bench -- seed`: how long the full seed (geography, 332 territories, curated graph)
 * takes to validate, to load into an empty database, and to re-load (a no-op). Runs on the TEST
 * database, which it empties: never on your data.
 */
export async function main(): Promise<number> {
	const database = connect(readDatabaseSettings(testDatabaseEnvironment(process.env)));
	try {
		const started = performance.now();
		const seed = await buildSeed('seed', 'seed/open-data');
		const buildMs = performance.now() - started;
		if (seed.problems.length > 0) throw new Error('the seed has problems: run npm run seed -- --check');

		await database.write(cypher('admin/delete-all-entities'));
		await applySchema(database);
		const firstLoad = performance.now();
		await writeRows(database, seed.rows);
		const firstLoadMs = performance.now() - firstLoad;
		const reload = performance.now();
		await writeRows(database, seed.rows);
		const reloadMs = performance.now() - reload;

		const result = {
			benchmark: 'seed-load',
			date: new Date().toISOString(),
			entities: seed.rows.entities.length,
			relationships: seed.rows.relationships.length,
			buildMs: Math.round(buildMs),
			firstLoadMs: Math.round(firstLoadMs),
			reloadMs: Math.round(reloadMs),
			rowsPerSecond: Math.round((seed.rows.entities.length + seed.rows.relationships.length) / (firstLoadMs / 1000))
		};
		console.table(result);
		await mkdir('bench/results', { recursive: true });
		await writeFile('bench/results/seed-load.json', `${JSON.stringify(result, null, '\t')}\n`);
		console.log('Written to bench/results/seed-load.json. The test database now holds the full seed; npm run test:integration resets it.');
		return 0;
	} finally {
		await database.close();
	}
}
