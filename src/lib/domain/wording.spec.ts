import { describe, expect, it } from 'vitest';
import { formatNumber, translator } from '$lib/i18n/translator';
import {
	citationSection,
	entityName,
	entitySubtitle,
	namedInLanguage,
	propertyLabel,
	propertyText,
	sourceAnchor,
	sourcesById
} from './wording';

const french = { t: translator('fr'), number: (value: number) => formatNumber('fr', value) };
const english = { t: translator('en'), number: (value: number) => formatNumber('en', value) };

describe('propertyText', () => {
	it('names the type of a Territoire d’industrie instead of its code, in both languages', () => {
		expect(propertyText(french, 'kind', 'territoire-d-industrie')).toBe('Territoire d’industrie');
		expect(propertyText(english, 'kind', 'territoire-d-industrie')).toBe('Industry territory');
	});

	it('shows the shares of a succession as percentages', () => {
		expect(propertyText(french, 'shareOfPredecessor', 1)).toBe('100 %');
		expect(propertyText(french, 'shareOfSuccessor', 0.25)).toBe('25 %');
	});

	it('words a pôle’s kind and labelling and a link’s status, in both languages', () => {
		expect(propertyText(french, 'clusterKind', 'pole-de-competitivite')).toBe('Pôle de compétitivité');
		expect(propertyText(english, 'clusterKind', 'ecosysteme-industriel')).toBe('Territorial industrial ecosystem');
		expect(propertyText(french, 'labelStatus', 'probation')).toBe('en probation');
		expect(propertyText(french, 'labelPhase', 'V (2023-2026)')).toBe('V (2023-2026)');
		expect(propertyText(french, 'status', 'not-in-effect')).toBe('pas en œuvre');
		expect(propertyText(english, 'status', 'prospect')).toBe('envisaged (prospect)');
		expect(propertyLabel(french.t, 'labelStatus')).toBe('Statut du label');
	});

	it('names the legal kind of an intercommunalité', () => {
		expect(propertyText(french, 'kind', 'CC')).toBe('Communauté de communes');
		expect(propertyText(english, 'kind', 'METRO')).toBe('Metropolis');
	});

	it('says that the Métropole de Lyon is a collectivité à statut particulier, not an intercommunalité', () => {
		expect(propertyText(french, 'kind', 'MET69')).toBe('Collectivité à statut particulier');
		expect(propertyText(english, 'kind', 'MET69')).toBe('Special-status local authority');
	});

	it('names the région of a code rather than showing the code', () => {
		expect(propertyText(french, 'regionCode', '28')).toBe('Normandie');
		expect(propertyText(english, 'regionCode', '84')).toBe('Auvergne-Rhône-Alpes');
		expect(propertyLabel(french.t, 'regionCode')).toBe('Région');
	});

	it('keeps free text and unknown codes as written, years without separators, statuses translated', () => {
		expect(propertyText(french, 'kind', 'pôle métropolitain')).toBe('pôle métropolitain');
		expect(propertyText(french, 'regionCode', '99')).toBe('99');
		expect(propertyText(french, 'foundedYear', 2016)).toBe('2016');
		expect(propertyText(english, 'population', 36817)).toBe('36,817');
		expect(propertyText(english, 'status', 'ongoing')).toBe('ongoing');
		expect(propertyText(french, 'status', 'ongoing')).toBe('en cours');
	});

	it('labels known property keys and leaves unknown ones as they are', () => {
		expect(propertyLabel(french.t, 'anctId')).toBe('Identifiant ANCT');
		expect(propertyLabel(english.t, 'kind')).toBe('Type');
		expect(propertyLabel(french.t, 'madeUpKey')).toBe('madeUpKey');
	});
});

describe('citations', () => {
	it('hides a section that is only a data file’s name', () => {
		expect(citationSection('centroide-4326_epci-ept.geojson')).toBeUndefined();
		expect(citationSection('regions.json')).toBeUndefined();
		expect(citationSection('002_32fdb6f53219cade.txt')).toBeUndefined();
		expect(citationSection('Introduction (§2)')).toBe('Introduction (§2)');
		expect(citationSection(undefined)).toBeUndefined();
	});

	it('anchors a source’s entry on the about page by its id', () => {
		expect(sourceAnchor('cleon-4-0-bilan')).toBe('source-cleon-4-0-bilan');
		expect(sourceAnchor('a b')).toBe('source-a%20b');
	});

	it('collects the sources cited by an entity and its relationships, by id', () => {
		const source = (id: string) => ({ id, title: `Titre ${id}` });
		const other = { id: 'o', name: 'O', kind: 'Company' as const, labels: ['Company'] };
		const sources = sourcesById({
			entity: { ...other, aliases: [], properties: {} },
			citations: [
				{ source: source('a'), sourceId: 'a' },
				{ source: null, sourceId: 'lost' }
			],
			relationships: [{ type: 'FUNDS', direction: 'out', properties: {}, citations: [{ source: source('b'), sourceId: 'b' }], other }],
			relationshipCounts: {},
			truncated: false
		});
		expect([...sources.keys()]).toEqual(['a', 'b']);
		expect(sources.get('b')?.title).toBe('Titre b');
	});
});

describe('entityName', () => {
	it('translates a theme’s name by its id and leaves proper names alone', () => {
		const theme = { id: 'decarbonation', kind: 'Theme', name: 'Décarbonation' } as const;
		expect(entityName(english.t, theme)).toBe('Decarbonisation');
		expect(entityName(french.t, theme)).toBe('Décarbonation');
		expect(entityName(english.t, { id: 'unknown-theme', kind: 'Theme', name: 'Thème inconnu' })).toBe('Thème inconnu');
		expect(entityName(english.t, { id: 'region-28', kind: 'Region', name: 'Normandie' })).toBe('Normandie');
	});
});

describe('namedInLanguage', () => {
	it('renames the themes of a graph payload and nothing else', () => {
		const payload = {
			nodes: [
				{ id: 'decarbonation', name: 'Décarbonation', kind: 'Theme' as const, labels: ['Theme'] },
				{ id: 'tenerrdis', name: 'Tenerrdis', kind: 'Cluster' as const, labels: ['Cluster'] }
			],
			edges: [],
			truncated: false
		};
		const named = namedInLanguage(english.t, payload);
		expect(named.nodes.map((node) => node.name)).toEqual(['Decarbonisation', 'Tenerrdis']);
		expect(payload.nodes[0].name).toBe('Décarbonation');
	});
});

describe('entitySubtitle', () => {
	it('tells apart two territories of one name by their phase, then says where they are', () => {
		const older = entitySubtitle(french.t, { kind: 'Territory', phase: '2019-2022', context: 'Normandie' });
		const newer = entitySubtitle(french.t, { kind: 'Territory', phase: '2023-2027', context: 'Normandie' });
		expect(older).not.toBe(newer);
		expect(newer).toBe('Territoire · 2023-2027 · Normandie');
		expect(entitySubtitle(french.t, { kind: 'Territory', phase: '2023-2027', context: 'Normandie' }, { withKind: false })).toBe(
			'2023-2027 · Normandie'
		);
		expect(entitySubtitle(english.t, { kind: 'Commune' })).toBe('Municipality');
	});
});
