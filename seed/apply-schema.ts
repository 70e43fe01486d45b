import { parseArgs } from 'node:util';
import { connect } from '$lib/server/db/neo4j';
import { readDatabaseSettings, testDatabaseEnvironment } from '$lib/server/db/settings';
import { applySchema } from './schema';

/** `npm run schema [-- --test]`: applies constraints and indexes. Returns the exit code. */
export async function main(args: string[]): Promise<number> {
	const { values } = parseArgs({ args, options: { test: { type: 'boolean', default: false } } });
	const database = connect(readDatabaseSettings(values.test ? testDatabaseEnvironment(process.env) : process.env));
	try {
		const count = await applySchema(database);
		console.log(`Schema: ${count} constraints and indexes in place.`);
		return 0;
	} catch (caught) {
		console.error(`Applying the schema failed: ${caught instanceof Error ? caught.message : caught}`);
		return 1;
	} finally {
		await database.close();
	}
}
