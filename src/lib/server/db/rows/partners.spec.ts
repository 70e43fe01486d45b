import { describe, expect, it } from 'vitest';
import type { Row } from '../neo4j';
import { parseRows } from './parse';
import { candidateRow, entityFactsRow, networkRow, partnerRow, placeUnitsRow, vocabularyThemeRow } from './partners';

const addresses = (source: string, target: string) => ({ type: 'ADDRESSES', source, target, sources: ['doc#1'], evidence: null });

describe('entityFactsRow', () => {
	const facts: Row = {
		id: 'aria',
		name: 'ARIA',
		sources: null,
		labels: ['Entity', 'Actor', 'Cluster'],
		themes: [
			{ theme: 'eau', edge: addresses('aria', 'eau') },
			{ theme: null, edge: null }
		],
		projects: [
			{
				project: { id: 'p', name: null, status: '', startYear: 2020, endYear: null },
				role: 'lead',
				edge: { type: 'PARTICIPATES_IN', source: 'aria', target: 'p', role: 'lead', sources: null, evidence: null },
				themes: [{ theme: 'eau', edge: { ...addresses('p', 'eau'), type: 'LIKES' } }],
				funding: [
					{ funder: 'ademe', amountEur: null },
					{ funder: null, amountEur: 3 }
				],
				places: [
					{ place: 'commune-76178', replicated: false, edge: null },
					{ place: 'commune-29019', replicated: true, edge: null },
					{ place: 'commune-22113', edge: null }
				]
			},
			{ project: null, role: null, edge: null, themes: [], funding: [], places: [] }
		],
		anchors: [
			{ place: 'commune-76178', via: 'located', edge: null },
			{ place: 'x', via: 'somewhere', edge: null }
		],
		affiliations: [
			{ structure: { id: 'ti', name: 'TI', labels: ['Entity', 'Territory'] }, edge: null, themes: null, places: [] },
			{ structure: { id: 'v', labels: ['Entity'] }, edge: null, themes: [], places: [] }
		],
		funding: null
	};

	it('reads every fact, leaving out those that cannot be used and links of an unknown type', () => {
		expect(parseRows(entityFactsRow, [{ facts }], 'partners/list-facts')).toStrictEqual([
			{
				id: 'aria',
				name: 'ARIA',
				kind: 'Cluster',
				labels: ['Entity', 'Actor', 'Cluster'],
				sources: [],
				themes: [
					{
						id: 'eau',
						edge: { id: 'ADDRESSES:aria->eau', source: 'aria', target: 'eau', type: 'ADDRESSES', sources: ['doc#1'], evidence: [] }
					}
				],
				projects: [
					{
						id: 'p',
						name: 'p',
						role: 'lead',
						edge: {
							id: 'PARTICIPATES_IN:aria->p',
							source: 'aria',
							target: 'p',
							type: 'PARTICIPATES_IN',
							role: 'lead',
							sources: [],
							evidence: []
						},
						themes: [{ id: 'eau' }],
						funding: [{ funder: 'ademe' }],
						places: [
							{ id: 'commune-76178', replicated: false },
							{ id: 'commune-29019', replicated: true },
							// A place that does not say reads as not merely replicated.
							{ id: 'commune-22113', replicated: false }
						]
					}
				],
				anchors: [{ place: 'commune-76178', via: 'located' }],
				affiliations: [{ id: 'ti', name: 'TI', kind: 'Territory', themes: [], places: [] }],
				funding: []
			}
		]);
	});

	it('leaves out an entity without a known kind', () => {
		expect(parseRows(entityFactsRow, [{ facts: { ...facts, labels: ['Entity'] } }, { facts: null }], 'partners/list-facts')).toEqual([]);
	});
});

describe('placeUnitsRow', () => {
	it('keeps a centroid only whole, and the units of a known kind', () => {
		const place: Row = {
			id: 'commune-76178',
			name: 'Cléon',
			lat: 49.3,
			lon: null,
			phase: null,
			labels: ['Entity', 'Commune'],
			units: [
				{ id: 'departement-76', name: 'Seine-Maritime', labels: ['Entity', 'Department'] },
				{ id: 'z', labels: [] }
			]
		};
		expect(parseRows(placeUnitsRow, [{ place }], 'partners/list-place-units')).toStrictEqual([
			{ id: 'commune-76178', name: 'Cléon', kind: 'Commune', units: [{ id: 'departement-76', name: 'Seine-Maritime', kind: 'Department' }] }
		]);
		expect(parseRows(placeUnitsRow, [{ place: { ...place, lon: 1.0 } }], 'partners/list-place-units')[0]).toMatchObject({
			lat: 49.3,
			lon: 1.0
		});
	});
});

describe('the network, partner and funder rows', () => {
	const link = { type: 'MEMBER_OF', source: 'self', target: 'aria', sources: [], evidence: [] };

	it('leave out a path whose edges do not chain its nodes, and read a common neighbour with its degree', () => {
		const [row] = parseRows(
			networkRow,
			[
				{
					paths: [
						{ id: 'aria', nodes: ['self', 'aria'], edges: [link] },
						{ id: 'bpi', nodes: ['self', 'x', 'bpi'], edges: [link, { ...link, type: 'LIKES' }] }
					],
					common: [{ id: 'bpi', common: { id: 'aria', name: 'ARIA', labels: ['Cluster'], degree: null, links: [link] } }]
				}
			],
			'partners/measure-network'
		);
		expect(row.paths.map((path) => path.id)).toEqual(['aria']);
		expect(row.common).toEqual([
			{
				id: 'bpi',
				common: { id: 'aria', name: 'ARIA', kind: 'Cluster', degree: 1, links: [expect.objectContaining({ type: 'MEMBER_OF' })] }
			}
		]);
	});

	it('leave out a partner without a known kind', () => {
		const rows: Row[] = [
			{ partner: { id: 'aria', name: 'ARIA', labels: ['Cluster'] }, links: [link, null] },
			{ partner: { id: 'v', labels: [] }, links: [] }
		];
		expect(parseRows(partnerRow, rows, 'partners/list-partners')).toEqual([
			{ id: 'aria', name: 'ARIA', kind: 'Cluster', links: [expect.objectContaining({ id: 'MEMBER_OF:self->aria' })] }
		]);
	});

	it('read the ids of candidates and the vocabulary, leaving out those without an id', () => {
		expect(
			parseRows(
				candidateRow,
				[
					{ id: 'aria', reasons: ['theme'] },
					{ id: null, reasons: [] }
				],
				'partners/list-candidates'
			)
		).toEqual(['aria']);
		const themes: Row[] = [
			{ theme: { id: 'eau', name: 'Eau', nameEn: '', synonyms: 'eaux', broader: null } },
			{ theme: { name: 'sans id' } }
		];
		expect(parseRows(vocabularyThemeRow, themes, 'partners/list-themes')).toStrictEqual([
			{ id: 'eau', name: 'Eau', synonyms: ['eaux'], broader: [] }
		]);
	});
});
