import { digestGraph } from '$lib/server/db/graph-digest';
import { connect } from '$lib/server/db/neo4j';
import { readDatabaseSettings, testDatabaseEnvironment } from '$lib/server/db/settings';

/** Prints the test graph's digest as one JSON line, for journeys that must prove they changed nothing. */
export async function main(): Promise<number> {
	const database = connect(readDatabaseSettings(testDatabaseEnvironment(process.env)));
	try {
		console.log(JSON.stringify(await digestGraph(database)));
		return 0;
	} finally {
		await database.close();
	}
}
