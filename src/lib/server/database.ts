import { env } from '$env/dynamic/private';
import { connect, type Database } from './neo4j';
import { readDatabaseSettings } from './settings';

let shared: Database | undefined;

/** The app's one database connection, created on first use from the environment. */
export function database(): Database {
	shared ??= connect(readDatabaseSettings(env));
	return shared;
}

/** Closes the driver when the server stops. */
export async function closeDatabase(): Promise<void> {
	const closing = shared;
	shared = undefined;
	await closing?.close();
}
