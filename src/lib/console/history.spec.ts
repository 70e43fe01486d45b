import { describe, expect, it } from 'vitest';
import { parseParams, statementOf } from './api';
import { HISTORY_SIZE, readHistory, remember } from './history';

describe('query history', () => {
	it('puts the latest run first and moves a repeated query up instead of keeping it twice', () => {
		let history = remember([], { cypher: 'RETURN 1', params: '{}', at: 1 });
		history = remember(history, { cypher: 'RETURN 2', params: '{}', at: 2 });
		history = remember(history, { cypher: 'RETURN 1 ', params: '{}', at: 3 });
		expect(history.map((entry) => entry.at)).toEqual([3, 2]);
	});

	it(`keeps the last ${HISTORY_SIZE} runs`, () => {
		let history = remember([], { cypher: 'RETURN 0', params: '{}', at: 0 });
		for (let index = 1; index <= HISTORY_SIZE + 5; index++)
			history = remember(history, { cypher: `RETURN ${index}`, params: '{}', at: index });
		expect(history).toHaveLength(HISTORY_SIZE);
		expect(history[0].cypher).toBe(`RETURN ${HISTORY_SIZE + 5}`);
	});

	it('reads damaged or foreign storage as empty, and keeps the good entries of a mixed one', () => {
		expect(readHistory(null)).toEqual([]);
		expect(readHistory('{not json')).toEqual([]);
		expect(readHistory('{"a": 1}')).toEqual([]);
		expect(readHistory('[{"cypher": "RETURN 1", "params": "{}", "at": 5}, {"cypher": 3}]')).toEqual([
			{ cypher: 'RETURN 1', params: '{}', at: 5 }
		]);
	});
});

describe('parseParams', () => {
	it('reads a JSON object, and an empty panel as no parameters', () => {
		expect(parseParams('{"region": "region-84", "limit": 5}')).toEqual({ params: { region: 'region-84', limit: 5 } });
		expect(parseParams('  ')).toEqual({ params: {} });
	});

	it('says why anything else is not parameters', () => {
		expect(parseParams('[1, 2]')).toEqual({ problem: 'not-object' });
		expect(parseParams('{"region": }')).toMatchObject({ problem: expect.stringMatching(/JSON|Unexpected/) });
	});
});

describe('statementOf', () => {
	it('leaves out the metadata header of a saved query, keeping the statement whole', () => {
		expect(statementOf('// title:\n//   fr: Titre\nMATCH (n)\n// a comment inside\nRETURN n\n')).toBe(
			'MATCH (n)\n// a comment inside\nRETURN n'
		);
	});
});
