import { describe, expect, it } from 'vitest';
import { parseRows } from './parse';
import { entityRelationshipRow, entityRow, kindCountRow, relationshipCountRow, searchHitRow, sourcesRow } from './entities';

describe('entityRow', () => {
	it('sets the summary, aliases and citations apart from the other properties, kept as they are', () => {
		const [entity] = parseRows(
			entityRow,
			[
				{
					entity: {
						id: 'aria-normandie',
						name: 'AD Normandie',
						aliases: 'ADN',
						sources: ['doc#1'],
						siren: '123456789',
						founded: 2016,
						labels: ['Entity', 'Actor', 'Support']
					}
				}
			],
			'entities/get-entity'
		);
		expect(entity).toStrictEqual({
			summary: { id: 'aria-normandie', name: 'AD Normandie', kind: 'Support', labels: ['Entity', 'Actor', 'Support'] },
			aliases: ['ADN'],
			sources: ['doc#1'],
			evidence: [],
			properties: { siren: '123456789', founded: 2016 }
		});
	});

	it('reads an entity without a known kind as no entity to show', () => {
		expect(parseRows(entityRow, [{ entity: { id: 'x', labels: ['Entity'] } }], 'entities/get-entity')).toEqual([]);
	});
});

describe('entityRelationshipRow', () => {
	const row = {
		type: 'FUNDS',
		direction: 'out',
		properties: { amountEur: 1000, sources: ['doc#2'], evidence: null },
		other: { id: 'p', name: 'Projet', description: null, labels: ['Entity', 'Project'] }
	};

	it('sets the citations apart from the other properties', () => {
		expect(parseRows(entityRelationshipRow, [row], 'entities/list-entity-relationships')).toStrictEqual([
			{
				type: 'FUNDS',
				direction: 'out',
				properties: { sources: ['doc#2'], evidence: [], amountEur: 1000 },
				other: { id: 'p', name: 'Projet', kind: 'Project', labels: ['Entity', 'Project'] }
			}
		]);
	});

	it('leaves out a type the model does not know and an other end without a known kind', () => {
		const rows = [
			{ ...row, type: 'LIKES' },
			{ ...row, other: { id: 'q', labels: ['Entity'] } }
		];
		expect(parseRows(entityRelationshipRow, rows, 'entities/list-entity-relationships')).toEqual([]);
	});
});

describe('the other entity rows', () => {
	it('read a source without its nulls, titled by its id when it has no name', () => {
		const rows = [
			{
				source: {
					id: 'rapport',
					title: 'Rapport',
					publisher: null,
					date: '2024',
					url: null,
					file: 'rapport.pdf',
					licence: null,
					kind: 'document'
				}
			},
			{ source: { id: 'sans-titre', title: null, publisher: null, date: null, url: null, file: null, licence: null, kind: null } }
		];
		expect(parseRows(sourcesRow, rows, 'entities/list-sources')).toStrictEqual([
			{ id: 'rapport', title: 'Rapport', date: '2024', file: 'rapport.pdf', kind: 'document' },
			{ id: 'sans-titre', title: 'sans-titre' }
		]);
	});

	it('read a search hit with its context, and leave out one without a known kind', () => {
		const hit = {
			entity: { id: 'cleon', name: 'Cléon', description: null, aliases: ['Cleon'], labels: ['Entity', 'Commune'] },
			score: 2.5,
			context: 'Seine-Maritime'
		};
		expect(parseRows(searchHitRow, [hit, { ...hit, entity: { id: 'v', labels: ['SavedView'] } }], 'search/search-entities')).toStrictEqual([
			{
				id: 'cleon',
				name: 'Cléon',
				kind: 'Commune',
				labels: ['Entity', 'Commune'],
				score: 2.5,
				context: 'Seine-Maritime',
				// The names the ranking compares, the name first; not part of the answer (`rankHits` takes them away).
				names: ['Cléon', 'Cleon']
			}
		]);
		expect(parseRows(searchHitRow, [{ ...hit, context: null }], 'search/search-entities')[0]).not.toHaveProperty('context');
	});

	it('leave out counts of a kind the model does not know, but refuse a count that is no number', () => {
		expect(
			parseRows(
				kindCountRow,
				[
					{ kind: 'Company', count: 4 },
					{ kind: 'Robot', count: 1 }
				],
				'stats/count-entities-by-kind'
			)
		).toEqual([{ kind: 'Company', count: 4 }]);
		expect(() => parseRows(kindCountRow, [{ kind: 'Company', count: '4' }], 'stats/count-entities-by-kind')).toThrow(
			/count-entities-by-kind/
		);
		expect(() => parseRows(relationshipCountRow, [{ type: 'FUNDS' }], 'entities/count-entity-relationships')).toThrow(/row 0: count/);
	});
});
