import type { TestProject } from 'vitest/node';
import { connect } from '$lib/server/db/neo4j';
import { readDatabaseSettings, testDatabaseEnvironment } from '$lib/server/db/settings';
import { startDatabase } from '../../scripts/db.js';
import { resetTestGraph } from '../support/test-graph';

declare module 'vitest' {
	export interface ProvidedContext {
		neo4jTest: { uri: string; user: string; password: string };
	}
}

/** Starts the test Neo4j (port 7688, its own data folder) and loads the fixture once per run. */
export default async function setup(project: TestProject): Promise<void> {
	const instance = await startDatabase({ instance: 'test' });
	const environment = testDatabaseEnvironment({ ...process.env, NEO4J_TEST_URI: instance.uri, NEO4J_TEST_PASSWORD: instance.password });
	const settings = readDatabaseSettings(environment);
	project.provide('neo4jTest', { uri: settings.NEO4J_URI, user: settings.NEO4J_USER, password: settings.NEO4J_PASSWORD });
	const database = connect(settings);
	try {
		await resetTestGraph(database);
	} finally {
		await database.close();
	}
}
