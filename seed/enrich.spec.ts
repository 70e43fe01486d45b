import { describe, expect, it } from 'vitest';
import { enrich, enrichOpenData, mergeRelationships, withFunderLabels } from './enrich';

const epci = {
	id: 'epci-200000001',
	labels: ['EPCI'],
	properties: { id: 'epci-200000001', name: 'CC du Val Imaginaire', siren: '200000001', sources: ['cog#epci.json'] }
};
const body = {
	id: 'epci-200000001',
	labels: ['PublicBody', 'Actor', 'Funder'],
	properties: {
		id: 'epci-200000001',
		name: 'Communauté de communes du Val Imaginaire',
		description: 'Porte une étude fictive.',
		sources: ['etude-fictive#Introduction']
	}
};

describe('enrich', () => {
	it('keeps the open-data kind first, adds the actor labels and the citations', () => {
		const row = enrich(epci, body);
		expect(row.labels).toEqual(['EPCI', 'PublicBody', 'Actor', 'Funder']);
		expect(row.properties.name).toBe('CC du Val Imaginaire');
		expect(row.properties.siren).toBe('200000001');
		expect(row.properties.aliases).toEqual(['Communauté de communes du Val Imaginaire']);
		expect(row.properties.description).toBe('Porte une étude fictive.');
		expect(row.properties.sources).toEqual(['cog#epci.json', 'etude-fictive#Introduction']);
	});

	it('adds no alias when the curated name is the official one', () => {
		const row = enrich(epci, { ...body, properties: { ...body.properties, name: 'CC du Val Imaginaire' } });
		expect(row.properties.aliases).toBeUndefined();
	});
});

describe('enrichOpenData', () => {
	it('leaves one row per id: the curated entry is folded into the open-data one', () => {
		const other = { id: 'entreprise-fictive', labels: ['Company', 'Actor'], properties: { id: 'entreprise-fictive', name: 'Fictive SA' } };
		const { openData, curated } = enrichOpenData([epci], [body, other]);
		expect(openData.map((row) => row.id)).toEqual(['epci-200000001']);
		expect(openData[0].labels).toContain('PublicBody');
		expect(curated).toEqual([other]);
	});
});

describe('withFunderLabels', () => {
	it('makes a Funder of whoever a FUNDS starts from, once', () => {
		const territory = { id: 'ti-2023-2027-9999', labels: ['Territory'], properties: { id: 'ti-2023-2027-9999', name: 'TI fictif' } };
		const funder = {
			id: 'agence-fictive',
			labels: ['PublicBody', 'Actor', 'Funder'],
			properties: { id: 'agence-fictive', name: 'Agence fictive' }
		};
		const rows = withFunderLabels(
			[territory, funder, epci],
			[
				{ type: 'FUNDS', from: 'ti-2023-2027-9999', to: 'projet-fictif', properties: {} },
				{ type: 'FUNDS', from: 'agence-fictive', to: 'projet-fictif', properties: {} },
				{ type: 'PARTICIPATES_IN', from: 'epci-200000001', to: 'projet-fictif', properties: {} }
			]
		);
		expect(rows.map((row) => row.labels)).toEqual([['Territory', 'Funder'], ['PublicBody', 'Actor', 'Funder'], ['EPCI']]);
	});
});

describe('mergeRelationships', () => {
	it('keeps one link stated by the open data and a document, with both citations and aligned excerpts', () => {
		const official = {
			type: 'LOCATED_IN' as const,
			from: 'pole-fictif',
			to: 'commune-00001',
			properties: { sources: ['liste#Pôle fictif'] }
		};
		const stated = {
			type: 'LOCATED_IN' as const,
			from: 'pole-fictif',
			to: 'commune-00001',
			properties: { sources: ['etude#Fiche 1'], evidence: ['Le pôle fictif est installé à Villefictive.'] }
		};
		const other = {
			type: 'ADDRESSES' as const,
			from: 'pole-fictif',
			to: 'innovation',
			properties: { sources: ['etude#Fiche 1'], evidence: [''] }
		};
		expect(mergeRelationships([official], [stated, other])).toEqual([
			{
				...official,
				properties: { sources: ['liste#Pôle fictif', 'etude#Fiche 1'], evidence: ['', 'Le pôle fictif est installé à Villefictive.'] }
			},
			other
		]);
	});
});
