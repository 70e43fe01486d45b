import { connect } from '$lib/server/db/neo4j';
import { readDatabaseSettings, testDatabaseEnvironment } from '$lib/server/db/settings';
import { resetTestGraph } from './test-graph';

/** Resets the test database to the fixture before the end-to-end journeys. */
export async function main(): Promise<number> {
	const database = connect(readDatabaseSettings(testDatabaseEnvironment(process.env)));
	try {
		await resetTestGraph(database);
		console.log('Test graph reset to the fixture.');
		return 0;
	} finally {
		await database.close();
	}
}
