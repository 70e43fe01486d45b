import { describe, expect, it } from 'vitest';
import { keysOf, storedColumns, storedText, valueType, widen } from './columns';

describe('stored columns', () => {
	it('type each value: whole numbers int, fractions double, lists whatever they hold', () => {
		expect([valueType(81234), valueType(49.5), valueType(true), valueType('CA'), valueType([]), valueType([2019])]).toEqual([
			'int',
			'double',
			'boolean',
			'string',
			'list',
			'list'
		]);
	});

	it('widen whole and fractional numbers to double, and any other mix to text', () => {
		expect(widen('int', 'double')).toBe('double');
		expect(widen('double', 'int')).toBe('double');
		expect(widen('int', 'string')).toBe('string');
		expect(widen('list', 'string')).toBe('string');
		expect(widen('boolean', 'boolean')).toBe('boolean');
	});

	it('gather every key of a set of items, sorted, with the one type that holds all its values', () => {
		const keys = keysOf([{ population: 812, shareOfSuccessor: 1 }, { shareOfSuccessor: 0.5, code: '76178' }, { code: 76 }]);
		expect(keys).toEqual([
			{ key: 'code', type: 'string' },
			{ key: 'population', type: 'int' },
			{ key: 'shareOfSuccessor', type: 'double' }
		]);
	});

	it('leave id and name to the element, and rename a key that takes a name the format uses', () => {
		const columns = storedColumns(
			[
				{ key: 'id', type: 'string' },
				{ key: 'name', type: 'string' },
				{ key: 'kind', type: 'string' },
				{ key: 'type', type: 'string' }
			],
			new Set(['type'])
		);
		expect(columns.map((column) => column.name)).toEqual(['kind', 'stored_type']);
	});

	it('write lists as JSON arrays, so that [] and [""] differ, and leave a missing value out', () => {
		expect(storedText([])).toBe('[]');
		expect(storedText([''])).toBe('[""]');
		expect(storedText(['a | b'])).toBe('["a | b"]');
		expect(storedText(undefined)).toBeUndefined();
		expect(storedText(0)).toBe('0');
		expect(storedText(false)).toBe('false');
	});
});
