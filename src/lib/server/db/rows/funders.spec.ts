import { describe, expect, it } from 'vitest';
import { parseRows } from './parse';
import { supportedProjectRow, supportRow } from './funders';

describe('funder rows', () => {
	it('leave out a support whose link cannot be read', () => {
		const support = {
			supporter: { id: 'ademe', name: 'ADEME', labels: ['Entity', 'PublicBody', 'Funder'] },
			project: { id: 'p', name: 'P' },
			edge: { type: 'FUNDS', source: 'ademe', target: 'p', amountEur: 5, year: null, sources: [], evidence: [] }
		};
		const rows = parseRows(supportRow, [support, { ...support, edge: null }], 'partners/list-supports');
		expect(rows).toHaveLength(1);
		expect(rows[0].project).toStrictEqual({ id: 'p', name: 'P' });
		expect(rows[0].supporter.kind).toBe('PublicBody');
	});

	it('read a supported project with its supporters, leaving out a project nobody supported and a supporter of no known link type', () => {
		const project = {
			id: 'p',
			themes: ['eau'],
			places: null,
			supporters: [
				{ id: 'ademe', type: 'FUNDS', amountEur: 5 },
				{ id: 'aap', type: 'SELECTED_BY', amountEur: null },
				{ id: 'odd', type: 'LIKES', amountEur: null }
			]
		};
		const rows = parseRows(
			supportedProjectRow,
			[{ project }, { project: { ...project, id: 'q', supporters: [] } }],
			'partners/list-supported-projects'
		);
		expect(rows).toStrictEqual([
			{
				id: 'p',
				themes: ['eau'],
				places: [],
				supporters: [
					{ id: 'ademe', type: 'FUNDS', amountEur: 5 },
					{ id: 'aap', type: 'SELECTED_BY' }
				]
			}
		]);
	});
});
