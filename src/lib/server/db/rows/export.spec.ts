import { describe, expect, it } from 'vitest';
import { fieldTypeOf, storedKeyRow } from './export';
import { parseRows } from './parse';

describe('export/list-stored-keys rows', () => {
	it('read Neo4j value types as the types files declare', () => {
		expect(
			[
				'STRING NOT NULL',
				'INTEGER NOT NULL',
				'FLOAT NOT NULL',
				'BOOLEAN NOT NULL',
				'LIST<STRING NOT NULL> NOT NULL',
				'LIST<NOTHING> NOT NULL'
			].map(fieldTypeOf)
		).toEqual(['string', 'int', 'double', 'boolean', 'list', 'list']);
	});

	it('give one type per key: integers and floats together are double, other mixes text', () => {
		const rows = parseRows(
			storedKeyRow,
			[
				{ holder: 'edge', key: 'shareOfPredecessor', types: ['INTEGER NOT NULL', 'FLOAT NOT NULL'] },
				{ holder: 'node', key: 'code', types: ['STRING NOT NULL', 'INTEGER NOT NULL'] },
				{ holder: 'node', key: 'aliases', types: ['LIST<STRING NOT NULL> NOT NULL', 'LIST<NOTHING> NOT NULL'] }
			],
			'export/list-stored-keys'
		);
		expect(rows).toEqual([
			{ holder: 'edge', key: 'shareOfPredecessor', type: 'double' },
			{ holder: 'node', key: 'code', type: 'string' },
			{ holder: 'node', key: 'aliases', type: 'list' }
		]);
	});
});
