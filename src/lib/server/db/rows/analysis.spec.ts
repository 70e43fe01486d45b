import { describe, expect, it } from 'vitest';
import { filterOptionsRow, projectionRow } from './analysis';
import { parseRows } from './parse';

describe('projectionRow', () => {
	it('reads both ends, the weight and what the link stands for', () => {
		const row = { source: { id: 'a', name: 'A', labels: ['Entity', 'Actor', 'Company'] }, target: null, weight: 0, via: [] };
		expect(projectionRow.parse(row)).toEqual({
			source: { id: 'a', name: 'A', kind: 'Company', labels: ['Entity', 'Actor', 'Company'] },
			weight: 0,
			via: []
		});
	});

	it('reads an end without an id or a known kind as absent, and a weight that is no number as 0', () => {
		const row = { source: { id: 'x', labels: ['Unknown'] }, target: { name: 'no id', labels: ['Company'] }, weight: 'two', via: null };
		expect(projectionRow.parse(row)).toEqual({ weight: 0, via: [] });
	});
});

describe('filterOptionsRow', () => {
	it('leaves out an English name the theme does not have', () => {
		const [options] = parseRows(
			filterOptionsRow,
			[{ regions: [{ id: 'region-28', name: 'Normandie' }], themes: [{ id: 'eau', name: 'Eau', nameEn: null, root: 'environnement' }] }],
			'analysis/list-filter-options'
		);
		expect(options).toStrictEqual({
			regions: [{ id: 'region-28', name: 'Normandie' }],
			themes: [{ id: 'eau', name: 'Eau', root: 'environnement' }]
		});
	});

	it('refuses a theme without its top-level theme: the page groups by it', () => {
		expect(() =>
			parseRows(filterOptionsRow, [{ regions: [], themes: [{ id: 'eau', name: 'Eau', root: null }] }], 'analysis/list-filter-options')
		).toThrow(/list-filter-options\.cypher returned a malformed row 0: themes\.0\.root/);
	});
});
