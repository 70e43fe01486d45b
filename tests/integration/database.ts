import { inject } from 'vitest';
import { connect, type Database } from '$lib/server/db/neo4j';
import { readDatabaseSettings } from '$lib/server/db/settings';

/** A connection to the test database that the global setup started and seeded. */
export function connectTestDatabase(overrides: Record<string, string> = {}): Database {
	const { uri, user, password } = inject('neo4jTest');
	return connect(readDatabaseSettings({ NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, ...overrides }));
}
