import { describe, expect, it } from 'vitest';
import { readDatabaseSettings, testDatabaseEnvironment } from './settings';

describe('database settings', () => {
	it('defaults to the local Neo4j on loopback', () => {
		const settings = readDatabaseSettings({ NEO4J_PASSWORD: 'secret' });
		expect(settings.NEO4J_URI).toBe('bolt://127.0.0.1:7687');
		expect(settings.NEO4J_USER).toBe('neo4j');
		expect(settings.NEO4J_READ_TIMEOUT_MS).toBe(10_000);
	});

	it('accepts cluster and Aura URIs', () => {
		expect(readDatabaseSettings({ NEO4J_PASSWORD: 'x', NEO4J_URI: 'neo4j+s://abcd.databases.neo4j.io' }).NEO4J_URI).toContain('neo4j+s://');
	});

	it('names every wrong variable', () => {
		expect(() => readDatabaseSettings({ NEO4J_URI: 'http://localhost:7474', NEO4J_READ_TIMEOUT_MS: '-1' })).toThrowError(
			/variable « NEO4J_URI » : must be a bolt.*\n {2}variable « NEO4J_PASSWORD » : .*\n {2}variable « NEO4J_READ_TIMEOUT_MS » : /
		);
	});

	it('points the tests at their own instance, never the user data', () => {
		const environment = testDatabaseEnvironment({ NEO4J_URI: 'bolt://prod:7687', NEO4J_PASSWORD: 'prod', NEO4J_TEST_PASSWORD: 'test' });
		expect(environment.NEO4J_URI).toBe('bolt://127.0.0.1:7688');
		expect(environment.NEO4J_PASSWORD).toBe('test');
	});
});
