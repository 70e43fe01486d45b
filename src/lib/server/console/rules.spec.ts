import { describe, expect, it } from 'vitest';
import { tokenize } from './lexer';
import { QueryRefusedError } from './refusal';
import { checkStatement } from './rules';

/** The refusal code for a statement, or null when the words pass. */
function verdict(statement: string): string | null {
	try {
		checkStatement(statement);
		return null;
	} catch (error) {
		if (error instanceof QueryRefusedError) return error.code;
		throw error;
	}
}

describe('tokenize', () => {
	it('leaves comments out and keeps strings, backquoted names and parameters whole', () => {
		const tokens = tokenize("MATCH (n) // CREATE\n/* DELETE */ WHERE n.name = 'a;b' AND n.`x y` = $p RETURN n");
		expect(tokens.filter((token) => token.kind === 'word').map((token) => token.value)).toEqual([
			'MATCH',
			'N',
			'WHERE',
			'N',
			'NAME',
			'AND',
			'N',
			'RETURN',
			'N'
		]);
		expect(tokens.find((token) => token.kind === 'string')?.value).toBe('a;b');
		expect(tokens.find((token) => token.kind === 'quoted')?.value).toBe('x y');
		expect(tokens.find((token) => token.kind === 'parameter')?.value).toBe('p');
	});

	it('treats zero-width and other Unicode spaces as space', () => {
		expect(tokenize('MATCH\u200b(n)\u00a0RETURN\ufeffn').map((token) => token.text)).toEqual(['MATCH', '(', 'n', ')', 'RETURN', 'n']);
	});
});

describe('checkStatement', () => {
	it.each([
		'MATCH (n:Cluster) RETURN n.name AS name ORDER BY name',
		'MATCH (n) WHERE n.name CONTAINS "CREATE" RETURN n // DELETE later',
		'MATCH (n) RETURN n.set, n.`delete`, {create: 1} AS map',
		'MATCH (n:Project) RETURN n.startYear AS start, n.endYear AS stop',
		'CALL db.labels() YIELD label RETURN label',
		"CALL db.index.fulltext.queryNodes('entity_names', 'cleon') YIELD node RETURN node",
		'MATCH (n) CALL { WITH n MATCH (n)--(m) RETURN count(m) AS degree } RETURN n, degree',
		'MATCH (n) CALL (n) { MATCH (n)--(m) RETURN count(m) AS degree } RETURN degree',
		'RETURN date.truncate("month", date()) AS month, point.distance(point({x: 0, y: 0}), point({x: 1, y: 1})) AS d',
		'MATCH (n) RETURN n;',
		'MATCH (n) RETURN n ;  ; '
	])('lets a read through: %s', (statement) => {
		expect(verdict(statement)).toBeNull();
	});

	it.each([
		['CREATE (n:Hack)', 'write'],
		['MATCH (n) SET n.x = 1', 'write'],
		['match (n) detach delete n', 'write'],
		['MATCH (n) REMOVE n:Entity', 'write'],
		['MERGE (n {id: 1})', 'write'],
		['MATCH (n) FOREACH (x IN [1] | SET n.y = x)', 'write'],
		['INSERT (n:Hack)', 'write'],
		['MATCH (n) CALL { WITH n DELETE n } RETURN 1', 'write'],
		['CREATE INDEX hack FOR (n:Entity) ON (n.x)', 'schema'],
		['CREATE OR REPLACE DATABASE hack', 'administration'],
		['DROP CONSTRAINT entity_id', 'schema'],
		['DROP USER neo4j', 'administration'],
		['SHOW USERS', 'administration'],
		['show transactions yield transactionId', 'administration'],
		["TERMINATE TRANSACTIONS 'neo4j-transaction-1'", 'administration'],
		['GRANT ROLE admin TO neo4j', 'administration'],
		["ALTER USER neo4j SET PASSWORD 'x'", 'administration'],
		['STOP DATABASE neo4j', 'administration'],
		['USE system MATCH (n) RETURN n', 'use'],
		["LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", 'load-csv'],
		['MATCH (n) CALL { WITH n RETURN n.id AS id } IN TRANSACTIONS OF 10 ROWS RETURN id', 'in-transactions'],
		['MATCH (n) CALL { WITH n RETURN n.id AS id } IN 2 CONCURRENT TRANSACTIONS RETURN id', 'in-transactions'],
		['CALL dbms.listConfig()', 'procedure'],
		['CALL db.createLabel("Hack")', 'procedure'],
		['CALL `db`.`createLabel`("Hack")', 'procedure'],
		['CALL apoc.periodic.iterate("MATCH (n) RETURN n", "DELETE n", {})', 'procedure'],
		['RETURN apoc.cypher.runFirstColumnSingle("MATCH (n) RETURN n", {})', 'function'],
		['MATCH (n) RETURN n; MATCH (m) DETACH DELETE m', 'multiple-statements'],
		["RETURN 'a'; RETURN 'b'", 'multiple-statements'],
		['EXPLAIN MATCH (n) RETURN n', 'explain-profile'],
		['PROFILE MATCH (n) RETURN n', 'explain-profile'],
		['CYPHER runtime=slotted MATCH (n) RETURN n', 'query-options']
	])('refuses %s (%s)', (statement, code) => {
		expect(verdict(statement)).toBe(code);
	});

	it('says what it refused and answers 403 for an operation, 400 for the shape of the request', () => {
		expect(() => checkStatement('CALL dbms.listConfig()')).toThrowError(/dbms\.listConfig/);
		expect(() => checkStatement('MATCH (n) DETACH DELETE n')).toThrowError(/DETACH DELETE/);
		const forbidden = new QueryRefusedError('write', 'CREATE');
		const malformed = new QueryRefusedError('multiple-statements');
		expect([forbidden.status, malformed.status]).toEqual([403, 400]);
	});
});
