import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { Database } from '../neo4j';
import { boundedStatement, parseRows, RowShapeError, statement } from './parse';

const countRow = z.object({ type: z.string(), count: z.number() });

describe('parseRows', () => {
	it('gives each row as its schema reads it, in order', () => {
		expect(
			parseRows(
				countRow,
				[
					{ type: 'FUNDS', count: 3 },
					{ type: 'IN', count: 1 }
				],
				'entities/count-entity-relationships'
			)
		).toEqual([
			{ type: 'FUNDS', count: 3 },
			{ type: 'IN', count: 1 }
		]);
	});

	it('throws at a malformed row, naming the statement, the row and the field', () => {
		const parse = () =>
			parseRows(
				countRow,
				[
					{ type: 'FUNDS', count: 3 },
					{ type: 'IN', count: null }
				],
				'entities/count-entity-relationships'
			);
		expect(parse).toThrow(RowShapeError);
		expect(parse).toThrow(/^cypher\/entities\/count-entity-relationships\.cypher returned a malformed row 1: count: /);
		try {
			parse();
		} catch (error) {
			expect(error).toMatchObject({ statement: 'entities/count-entity-relationships', row: 1 });
		}
	});

	it('leaves out the rows a schema reads as undefined', () => {
		const known = z.object({ kind: z.enum(['Company']).optional().catch(undefined) }).transform((row) => row.kind);
		expect(parseRows(known, [{ kind: 'Company' }, { kind: 'Robot' }, { kind: 'Company' }], 'stats/count-entities-by-kind')).toEqual([
			'Company',
			'Company'
		]);
	});
});

describe('statement', () => {
	it('throws at once for a file that does not exist', () => {
		expect(() => statement('explore/list-everything', countRow)).toThrow('No Cypher file cypher/explore/list-everything.cypher');
	});

	it('runs its text and parses what the database returns', async () => {
		const counts = statement('entities/count-entity-relationships', countRow);
		const read = vi.fn(async () => [{ type: 'FUNDS', count: 2 }]);
		const database = { read } as unknown as Database;
		await expect(counts.read(database, { id: 'ademe' })).resolves.toEqual([{ type: 'FUNDS', count: 2 }]);
		expect(read).toHaveBeenCalledWith(counts.text, { id: 'ademe' }, {});
		expect(counts.text).toMatch(/RETURN type\(r\) AS type, count\(r\) AS count/);
	});

	it('names itself when its rows do not have their shape', () => {
		const counts = statement('entities/count-entity-relationships', countRow);
		expect(() => counts.parse([{ type: 3, count: 2 }])).toThrow(/count-entity-relationships\.cypher returned a malformed row 0: type: /);
	});
});

describe('boundedStatement', () => {
	const paths = boundedStatement('explore/find-paths', z.unknown(), 8);

	it('writes each allowed bound as the literal of the search, and nothing else', () => {
		for (const bound of [1, 2, 3, 4, 5, 6, 7, 8]) {
			const text = paths(bound).text;
			expect(text).toContain(`allShortestPaths((from)-[*..${bound}]-(to))`);
			expect(text.match(/\*\.\.\d+\]/g)).toEqual([`*..${bound}]`]);
		}
	});

	it('refuses a bound outside its range instead of searching further', () => {
		expect(() => paths(9)).toThrow(RangeError);
		expect(() => paths(0)).toThrow(RangeError);
		expect(() => paths(2.5)).toThrow(RangeError);
	});

	it('refuses at import time a file that does not write its longest bound once', () => {
		expect(() => boundedStatement('explore/list-nodes', z.unknown(), 8)).toThrow(/\*\.\.8\]/);
		expect(() => boundedStatement('explore/find-paths', z.unknown(), 6)).toThrow(/exactly once/);
	});
});
