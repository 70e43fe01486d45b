import { env } from '$env/dynamic/private';
import { connect, type Database } from './neo4j';
import { readQuerySettings } from '$lib/server/console/settings';
import { readDatabaseSettings } from './settings';

let shared: Database | undefined;
let reader: Database | undefined;

/** The app's one database connection, created on first use from the environment. */
export function database(): Database {
	shared ??= connect(readDatabaseSettings(env));
	return shared;
}

/**
 * The connection the query console runs on: a read-only Neo4j user when NEO4J_QUERY_USER is set
 * (Enterprise, Aura), else the app's own connection (Community, which has no roles).
 */
export function queryDatabase(): Database {
	const settings = readQuerySettings(env);
	if (!settings.NEO4J_QUERY_USER || !settings.NEO4J_QUERY_PASSWORD) return database();
	reader ??= connect(
		readDatabaseSettings({ ...env, NEO4J_USER: settings.NEO4J_QUERY_USER, NEO4J_PASSWORD: settings.NEO4J_QUERY_PASSWORD })
	);
	return reader;
}

/** Closes the drivers when the server stops. */
export async function closeDatabase(): Promise<void> {
	const closing = [shared, reader];
	shared = undefined;
	reader = undefined;
	await Promise.all(closing.map((database) => database?.close()));
}
