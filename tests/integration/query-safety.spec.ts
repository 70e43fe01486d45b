import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueryResult } from '$lib/domain/query';
import { checkPlan, QueryInvalidError, QueryRefusedError, runQuery, type QueryLimits } from '$lib/server/console';
import { cypher } from '$lib/server/db/cypher';
import { digestGraph, type GraphDigest } from '$lib/server/db/graph-digest';
import { QueryTimeoutError } from '$lib/server/db/neo4j';
import { connectTestDatabase } from './database';

const database = connectTestDatabase();
const system = connectTestDatabase({ NEO4J_DATABASE: 'system' });
afterAll(() => Promise.all([database.close(), system.close()]));

/** Short limits, so that what must be cut off is cut off quickly. */
const LIMITS = { timeoutMs: 2_000, rowCap: 100 };
/**
 * For one row that computes for long: the server only checks its time-out between rows, so the
 * caller's own clock answers. 50 ms and no grace, against two hundred million additions, is a
 * deadline no machine meets: the verdict cannot depend on the machine's speed (with 2 s and the
 * usual second of grace, a fast machine once finished the sum in 2.8 s and returned a row).
 */
const ONE_LONG_ROW_LIMITS = { timeoutMs: 50, graceMs: 0, rowCap: 100 };

type Outcome = 'refused' | 'invalid' | 'timed out' | 'truncated' | 'ran';

async function outcomeOf(
	statement: string,
	limits: QueryLimits = LIMITS
): Promise<{ outcome: Outcome; detail: string; result?: QueryResult }> {
	try {
		const result = await runQuery(database, statement, {}, limits);
		return { outcome: result.truncated ? 'truncated' : 'ran', detail: `${result.rows.length} rows`, result };
	} catch (error) {
		if (error instanceof QueryRefusedError) return { outcome: 'refused', detail: `${error.code}: ${error.message}` };
		if (error instanceof QueryInvalidError) return { outcome: 'invalid', detail: `${error.neo4jCode}: ${error.message}` };
		if (error instanceof QueryTimeoutError) return { outcome: 'timed out', detail: error.message };
		throw error;
	}
}

/**
 * Hostile inputs and what must become of each: refused before running (with the rule that caught
 * it), or — for the tricks that are not even Cypher once Neo4j reads them — rejected as invalid,
 * or cut off by the time-out or the row cap. None may run to completion.
 */
const hostile: { group: string; statement: string; expected: Outcome[]; reason?: string; limits?: QueryLimits }[] = [
	// Writes in every form.
	{ group: 'write', statement: 'CREATE (n:Hack {x: 1}) RETURN n', expected: ['refused'], reason: 'write' },
	{ group: 'write', statement: "MERGE (n:Entity {id: 'hack'}) RETURN n", expected: ['refused'], reason: 'write' },
	{
		group: 'write',
		statement: "MATCH (n:Entity {id: 'ecosystem-cleon-4-0'}) SET n.name = 'Piraté'",
		expected: ['refused'],
		reason: 'write'
	},
	{ group: 'write', statement: 'MATCH (n:Entity) SET n += {hacked: true}', expected: ['refused'], reason: 'write' },
	{ group: 'write', statement: 'MATCH (n:Cluster) SET n:Hack', expected: ['refused'], reason: 'write' },
	{ group: 'write', statement: "MATCH (n:Entity {id: 'ademe'}) DELETE n", expected: ['refused'], reason: 'write' },
	{ group: 'write', statement: 'MATCH (n) DETACH DELETE n', expected: ['refused'], reason: 'write' },
	{ group: 'write', statement: 'MATCH ()-[r]->() DELETE r', expected: ['refused'], reason: 'write' },
	{ group: 'write', statement: 'MATCH (n:Entity) REMOVE n.name', expected: ['refused'], reason: 'write' },
	{ group: 'write', statement: 'MATCH (n:Entity) REMOVE n:Entity', expected: ['refused'], reason: 'write' },
	{ group: 'write', statement: 'MATCH (n:Cluster) FOREACH (x IN [1] | SET n.hacked = x)', expected: ['refused'], reason: 'write' },
	{
		group: 'write',
		statement: 'MATCH (a:Cluster), (b:Project) WITH a, b LIMIT 1 CREATE (a)-[:HACK]->(b)',
		expected: ['refused'],
		reason: 'write'
	},
	{ group: 'write', statement: 'INSERT (n:Hack)', expected: ['refused'], reason: 'write' },
	// Writes inside subqueries, unions and conditional tricks.
	{ group: 'subquery', statement: 'CALL { CREATE (n:Hack) RETURN n } RETURN n', expected: ['refused'], reason: 'write' },
	{
		group: 'subquery',
		statement: 'MATCH (n:Cluster) CALL { WITH n SET n.hacked = true } RETURN count(*)',
		expected: ['refused'],
		reason: 'write'
	},
	{ group: 'subquery', statement: 'MATCH (n) CALL (n) { DETACH DELETE n } RETURN count(*)', expected: ['refused'], reason: 'write' },
	{
		group: 'subquery',
		statement: 'MATCH (n:Cluster) RETURN n.id AS id UNION CREATE (m:Hack) RETURN m.id AS id',
		expected: ['refused'],
		reason: 'write'
	},
	{
		group: 'subquery',
		statement: 'OPTIONAL MATCH (n:Nothing) WITH n WHERE n IS NULL MERGE (m:Hack) RETURN m',
		expected: ['refused'],
		reason: 'write'
	},
	{
		group: 'conditional',
		statement: 'MATCH (n:Cluster) FOREACH (x IN CASE WHEN true THEN [1] ELSE [] END | SET n.hacked = true)',
		expected: ['refused'],
		reason: 'write'
	},
	{
		group: 'conditional',
		statement: 'WITH [x IN range(1, 3) | x] AS xs FOREACH (i IN xs | CREATE (:Hack {i: i}))',
		expected: ['refused'],
		reason: 'write'
	},
	{
		group: 'conditional',
		statement:
			"MATCH (n:Cluster) WITH n, CASE WHEN n.id IS NOT NULL THEN 'x' END AS c CALL { WITH n, c WITH n WHERE c = 'x' SET n.flag = c } RETURN 1",
		expected: ['refused'],
		reason: 'write'
	},
	// Procedures and functions that are not on the allow-list.
	{ group: 'procedure', statement: "CALL db.createLabel('Hack')", expected: ['refused'], reason: 'procedure' },
	{ group: 'procedure', statement: "CALL db.createProperty('hack')", expected: ['refused'], reason: 'procedure' },
	{ group: 'procedure', statement: "CALL db.createRelationshipType('HACK')", expected: ['refused'], reason: 'procedure' },
	{ group: 'procedure', statement: "CALL `db`.`createLabel`('Hack')", expected: ['refused'], reason: 'procedure' },
	{
		group: 'procedure',
		statement: 'CALL dbms.listConfig() YIELD name, value RETURN name, value',
		expected: ['refused'],
		reason: 'procedure'
	},
	{ group: 'procedure', statement: 'CALL dbms.components()', expected: ['refused'], reason: 'procedure' },
	{ group: 'procedure', statement: 'CALL db.clearQueryCaches()', expected: ['refused'], reason: 'procedure' },
	{ group: 'procedure', statement: "CALL tx.setMetaData({who: 'hack'})", expected: ['refused'], reason: 'procedure' },
	{ group: 'procedure', statement: "MATCH (n:Cluster) CALL db.createLabel('Hack') RETURN n", expected: ['refused'], reason: 'procedure' },
	{
		group: 'procedure',
		statement: "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {})",
		expected: ['refused'],
		reason: 'procedure'
	},
	{
		group: 'procedure',
		statement: "RETURN apoc.cypher.runFirstColumnSingle('CREATE (n:Hack) RETURN n', {}) AS n",
		expected: ['refused'],
		reason: 'function'
	},
	// Schema and administration.
	{ group: 'schema', statement: 'CREATE INDEX hack FOR (n:Entity) ON (n.hacked)', expected: ['refused'], reason: 'schema' },
	{ group: 'schema', statement: 'CREATE CONSTRAINT hack FOR (n:Hack) REQUIRE n.id IS UNIQUE', expected: ['refused'], reason: 'schema' },
	{ group: 'schema', statement: 'DROP CONSTRAINT entity_id', expected: ['refused'], reason: 'schema' },
	{ group: 'schema', statement: 'DROP INDEX entity_names IF EXISTS', expected: ['refused'], reason: 'schema' },
	{ group: 'administration', statement: 'SHOW USERS', expected: ['refused'], reason: 'administration' },
	{
		group: 'administration',
		statement: 'SHOW TRANSACTIONS YIELD transactionId, currentQuery',
		expected: ['refused'],
		reason: 'administration'
	},
	{ group: 'administration', statement: "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", expected: ['refused'], reason: 'administration' },
	{ group: 'administration', statement: 'SHOW SETTINGS', expected: ['refused'], reason: 'administration' },
	{
		group: 'administration',
		statement: "CREATE USER hacker SET PASSWORD 'secret-password' CHANGE NOT REQUIRED",
		expected: ['refused'],
		reason: 'administration'
	},
	{
		group: 'administration',
		statement: "ALTER USER neo4j SET PASSWORD 'hacked-password'",
		expected: ['refused'],
		reason: 'administration'
	},
	{ group: 'administration', statement: 'GRANT ROLE admin TO hacker', expected: ['refused'], reason: 'administration' },
	{ group: 'administration', statement: 'CREATE DATABASE hack', expected: ['refused'], reason: 'administration' },
	{ group: 'administration', statement: 'STOP DATABASE neo4j', expected: ['refused'], reason: 'administration' },
	{ group: 'use', statement: 'USE system SHOW USERS', expected: ['refused'], reason: 'use' },
	{ group: 'use', statement: 'USE system MATCH (n) RETURN n', expected: ['refused'], reason: 'use' },
	// Several statements in one string.
	{ group: 'multiple', statement: 'MATCH (n) RETURN count(n); CREATE (m:Hack)', expected: ['refused'], reason: 'multiple-statements' },
	{
		group: 'multiple',
		statement: 'MATCH (n) RETURN count(n) ;\n MATCH (n) DETACH DELETE n ;',
		expected: ['refused'],
		reason: 'multiple-statements'
	},
	// Comments hiding writes, and comment markers inside strings.
	{
		group: 'comment',
		statement: 'MATCH (n:Cluster) /* only reading */ SET n.hacked = true RETURN n',
		expected: ['refused'],
		reason: 'write'
	},
	{ group: 'comment', statement: 'MATCH (n:Cluster) // harmless\nDETACH DELETE n', expected: ['refused'], reason: 'write' },
	{ group: 'comment', statement: "MATCH (n:Cluster) WHERE n.name <> '*/ RETURN n /*' SET n.x = 1", expected: ['refused'], reason: 'write' },
	// Unicode tricks: separators that end a comment, look-alike and invisible letters.
	{ group: 'unicode', statement: 'MATCH (n:Cluster) //\u2028SET n.hacked = true\nRETURN n', expected: ['refused', 'invalid'] },
	{ group: 'unicode', statement: 'MATCH (n:Cluster)\u2029SET n.hacked = true', expected: ['refused'], reason: 'write' },
	{ group: 'unicode', statement: 'MATCH (n:Cluster) \uff33\uff25\uff34 n.hacked = true', expected: ['refused', 'invalid'] },
	{ group: 'unicode', statement: 'MATCH (n:Cluster) S\u200bET n.hacked = true', expected: ['refused', 'invalid'] },
	{ group: 'unicode', statement: 'MATCH (n:Cluster) S\u0395T n.hacked = true', expected: ['refused', 'invalid'] },
	{ group: 'unicode', statement: 'MATCH (n:Cluster) \u202eTES n.hacked = true', expected: ['refused', 'invalid'] },
	// Reaching outside the graph.
	{ group: 'load-csv', statement: "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", expected: ['refused'], reason: 'load-csv' },
	{
		group: 'load-csv',
		statement: "load csv with headers from 'https://example.org/x.csv' AS row RETURN row",
		expected: ['refused'],
		reason: 'load-csv'
	},
	{
		group: 'load-csv',
		statement: "MATCH (n) WITH n LIMIT 1 LOAD CSV FROM 'http://127.0.0.1:7474/' AS l RETURN l",
		expected: ['refused'],
		reason: 'load-csv'
	},
	{ group: 'in-transactions', statement: 'MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 100 ROWS', expected: ['refused'] },
	{
		group: 'in-transactions',
		statement: 'UNWIND range(1, 10) AS i CALL { WITH i RETURN i AS j } IN TRANSACTIONS RETURN j',
		expected: ['refused'],
		reason: 'in-transactions'
	},
	// Runaway reads: cut off by the row cap or the time-out, never left running.
	{ group: 'runaway', statement: 'MATCH (a), (b), (c) RETURN a.id, b.id, c.id', expected: ['truncated'] },
	{
		group: 'runaway',
		statement: 'MATCH (a), (b), (c), (d) WHERE a.name < b.name AND c.name < d.name RETURN count(*)',
		expected: ['timed out']
	},
	{ group: 'runaway', statement: 'MATCH p = (a)-[*]-(b) RETURN p', expected: ['truncated', 'timed out'] },
	{ group: 'runaway', statement: 'MATCH p = (a)-[*]-(b) RETURN count(p)', expected: ['timed out'] },
	{ group: 'runaway', statement: 'MATCH (a)-[*]-(b)-[*]-(c) RETURN count(*)', expected: ['timed out'] },
	{ group: 'runaway', statement: 'UNWIND range(1, 1000000000) AS i RETURN i', expected: ['truncated'] },
	{
		group: 'runaway',
		statement: 'RETURN reduce(s = 0, i IN range(1, 200000000) | s + i) AS total',
		expected: ['timed out', 'invalid'],
		limits: ONE_LONG_ROW_LIMITS
	}
];

describe('the read-only query engine', () => {
	let before: GraphDigest;
	let schemaBefore: unknown;
	let usersBefore: unknown;

	beforeAll(async () => {
		before = await digestGraph(database);
		schemaBefore = await database.read(cypher('admin/list-schema'));
		usersBefore = await system.read('SHOW USERS YIELD user RETURN user ORDER BY user');
	});

	it(`is tried with ${hostile.length} hostile inputs`, () => {
		expect(hostile.length).toBeGreaterThanOrEqual(40);
	});

	it.each(hostile.map((entry, index) => [index + 1, entry.group, entry.statement, entry] as const))(
		'#%i %s: %j is refused or cut off',
		async (_index, _group, statement, entry) => {
			const { outcome, detail } = await outcomeOf(statement, entry.limits);
			expect(entry.expected, `${outcome} — ${detail}`).toContain(outcome);
			if (outcome === 'refused' && entry.reason) expect(detail.split(':')[0]).toBe(entry.reason);
		},
		20_000
	);

	it('leaves the graph exactly as it was: same counts, same checksum, same schema, same users, no new token', async () => {
		expect(await digestGraph(database)).toEqual(before);
		expect(await database.read(cypher('admin/list-schema'))).toEqual(schemaBefore);
		expect(await system.read('SHOW USERS YIELD user RETURN user ORDER BY user')).toEqual(usersBefore);
		const [tokens] = await database.read(
			'CALL db.labels() YIELD label WITH collect(label) AS labels CALL db.propertyKeys() YIELD propertyKey RETURN labels, collect(propertyKey) AS keys'
		);
		expect(tokens.labels).not.toContain('Hack');
		expect(tokens.keys).not.toContain('hacked');
		expect(tokens.keys).not.toContain('hack');
	});
});

describe('each guard on its own', () => {
	it('the plan check refuses a write even when the word rules are not asked', async () => {
		const verdict = await database.sandboxed(
			async (transaction) => {
				const { queryType, plan } = await transaction.explain('MATCH (n:Cluster) SET n.hacked = true', {});
				return () => checkPlan(queryType, plan);
			},
			{ timeoutMs: 2_000 }
		);
		expect(verdict).toThrowError(QueryRefusedError);
	});

	it('the READ transaction refuses a write even when nothing checked it first', async () => {
		const attempt = database.sandboxed((transaction) => transaction.stream('CREATE (n:Hack) RETURN n', {}, 10), { timeoutMs: 2_000 });
		await expect(attempt).rejects.toMatchObject({ code: 'Neo.ClientError.Statement.AccessMode' });
		expect(await database.read('MATCH (n:Hack) RETURN count(n) AS count')).toEqual([{ count: 0 }]);
	});
});

describe('invalid Cypher', () => {
	it('is told in French, at its line and column in the person’s text, the original kept without EXPLAIN or Java', async () => {
		const caught = await runQuery(database, 'MATCH (n:Cluster)\nRETURN n.name AS name,\n  foo(n) AS x', {}, LIMITS).catch(
			(error: unknown) => error
		);
		expect(caught).toBeInstanceOf(QueryInvalidError);
		const invalid = caught as QueryInvalidError;
		expect(invalid.message).toBe('Fonction inconnue : « foo » (ligne 3, colonne 3).');
		expect(invalid.description).toMatchObject({ problem: 'unknown-function', subject: 'foo', line: 3, column: 3 });

		const first = (await runQuery(database, 'MATCH (n) RETRUN n', {}, LIMITS).catch((error: unknown) => error)) as QueryInvalidError;
		expect(first.message).toBe("Erreur de syntaxe : « RETRUN » n'est pas attendu ici (ligne 1, colonne 11).");
		expect(first.description?.original).toMatch(/^Invalid input 'RETRUN'.*\(line 1, column 11 \(offset: 10\)\)$/);
		for (const text of [first.message, first.description?.original ?? '']) {
			expect(text).not.toContain('EXPLAIN');
			expect(text).not.toMatch(/Caused by|java\./);
		}
	});
});

describe('reads', () => {
	it('run, with their columns in order, and a comment that only mentions a write does not stop them', async () => {
		const result = await runQuery(
			database,
			"// CREATE nothing\nMATCH (n:Cluster {id: 'ecosystem-cleon-4-0'}) RETURN n.name AS name, n.id AS id /* ; DROP INDEX entity_names */",
			{},
			LIMITS
		);
		expect(result.columns).toEqual(['name', 'id']);
		expect(result.rows).toEqual([{ name: 'Ecosystem Cléon 4.0', id: 'ecosystem-cleon-4-0' }]);
		expect(result.truncated).toBe(false);
		expect(result.graph).toBeUndefined();
	});

	it('take their parameters from JSON, whole numbers as integers', async () => {
		const result = await runQuery(
			database,
			'MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id ORDER BY id LIMIT $limit',
			{ ids: ['ademe', 'ecosystem-cleon-4-0', 'unknown'], limit: 1 },
			LIMITS
		);
		expect(result.rows).toEqual([{ id: 'ademe' }]);
	});

	it('say when the row cap cut them', async () => {
		const result = await runQuery(database, 'MATCH (n:Commune) RETURN n.id AS id', {}, { timeoutMs: 5_000, rowCap: 7 });
		expect(result.rows).toHaveLength(7);
		expect(result).toMatchObject({ truncated: true, rowCap: 7 });
	});

	it('draw the nodes, relationships and paths they return as the explorer does, ends of lone relationships included', async () => {
		const result = await runQuery(database, "MATCH (:Entity {id: 'cci-rouen-metropole'})-[r:ANIMATES]->() RETURN r", {}, LIMITS);
		expect(result.graph?.nodes.map((node) => node.id).sort()).toEqual(['cci-rouen-metropole', 'ecosystem-cleon-4-0']);
		expect(result.graph?.nodes.every((node) => (node.degree ?? 0) > 0)).toBe(true);
		expect(result.graph?.edges.map((edge) => edge.id)).toEqual(['ANIMATES:cci-rouen-metropole->ecosystem-cleon-4-0']);

		const paths = await runQuery(database, "MATCH p = (:Project {id: 'dkarbonation'})<-[:FUNDS]-() RETURN p", {}, LIMITS);
		expect(paths.graph?.edges.length).toBeGreaterThan(0);
		expect(paths.graph?.edges.every((edge) => edge.type === 'FUNDS' && edge.target === 'dkarbonation')).toBe(true);
	});

	it('may call the allowed procedures: labels, schema, full-text search', async () => {
		const labels = await runQuery(database, 'CALL db.labels() YIELD label RETURN label ORDER BY label', {}, LIMITS);
		expect(labels.rows.map((row) => row.label)).toContain('Cluster');
		const found = await runQuery(
			database,
			"CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node, score RETURN node.id AS id LIMIT 3",
			{ q: 'cleon' },
			LIMITS
		);
		expect(found.rows.map((row) => row.id)).toContain('ecosystem-cleon-4-0');
		const schema = await runQuery(database, 'CALL db.schema.visualization()', {}, LIMITS);
		expect(schema.columns).toEqual(['nodes', 'relationships']);
	});

	it("answer invalid Cypher with Neo4j's own message", async () => {
		await expect(runQuery(database, 'MATCH (n) RETRUN n', {}, LIMITS)).rejects.toThrowError(QueryInvalidError);
		await expect(runQuery(database, 'MATCH (n) RETURN n LIMIT $limit', {}, LIMITS)).rejects.toThrowError(/limit/i);
	});
});
