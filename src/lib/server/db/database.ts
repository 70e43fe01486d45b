import { env } from '$env/dynamic/private';
import { connect, type Database } from './neo4j';
import { readDatabaseSettings } from './settings';

let shared: Database | undefined;
const others = new Map<string, Database>();

/** The app's one database connection, created on first use from the environment. */
export function database(): Database {
	shared ??= connect(readDatabaseSettings(env));
	return shared;
}

/**
 * A connection of the app as another Neo4j user (the query console's read-only one), created on
 * first use with the environment's other settings, then kept.
 */
export function databaseAs(user: string, password: string): Database {
	let connection = others.get(user);
	if (!connection) {
		connection = connect(readDatabaseSettings({ ...env, NEO4J_USER: user, NEO4J_PASSWORD: password }));
		others.set(user, connection);
	}
	return connection;
}

/** Closes the drivers when the server stops. */
export async function closeDatabase(): Promise<void> {
	const closing = [shared, ...others.values()];
	shared = undefined;
	others.clear();
	await Promise.all(closing.map((database) => database?.close()));
}
