import { describe, expect, it } from 'vitest';
import { nextSort, pageOf, sortRows } from './table';

const rows = [
	{ name: 'Émeraude', count: 10 },
	{ name: 'alpha', count: 2 },
	{ name: null, count: 7 },
	{ name: 'Zèbre', count: null },
	{ name: 'item 10', count: 1 },
	{ name: 'item 9', count: 1 }
];

describe('result table', () => {
	it('sorts text the French way (accents and case aside, numbers by value), empty cells last', () => {
		expect(sortRows(rows, { column: 'name', direction: 'ascending' }).map((row) => row.name)).toEqual([
			'alpha',
			'Émeraude',
			'item 9',
			'item 10',
			'Zèbre',
			null
		]);
		expect(sortRows(rows, { column: 'name', direction: 'descending' }).at(-1)?.name).toBeNull();
	});

	it('sorts numbers as numbers, keeping the order of equal ones', () => {
		expect(sortRows(rows, { column: 'count', direction: 'descending' }).map((row) => row.count)).toEqual([10, 7, 2, 1, 1, null]);
		expect(
			sortRows(rows, { column: 'count', direction: 'ascending' })
				.slice(0, 2)
				.map((row) => row.name)
		).toEqual(['item 10', 'item 9']);
		expect(sortRows(rows, null)).toEqual(rows);
	});

	it('turns a header click into ascending, then descending, then ascending again', () => {
		const first = nextSort(null, 'name');
		expect(first).toEqual({ column: 'name', direction: 'ascending' });
		expect(nextSort(first, 'name')).toEqual({ column: 'name', direction: 'descending' });
		expect(nextSort(nextSort(first, 'name'), 'name').direction).toBe('ascending');
		expect(nextSort(first, 'count')).toEqual({ column: 'count', direction: 'ascending' });
	});

	it('pages rows, clamping a page past the end', () => {
		const items = Array.from({ length: 53 }, (_, index) => index);
		expect(pageOf(items, 2, 25)).toMatchObject({ page: 2, pages: 3, from: 51, to: 53, items: [50, 51, 52] });
		expect(pageOf(items, 9, 25).page).toBe(2);
		expect(pageOf([], 0, 25)).toMatchObject({ pages: 1, from: 0, to: 0, items: [] });
	});
});
