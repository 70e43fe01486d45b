import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { DecoupageAdministratif } from './decoupage-administratif';
import { labelStatusOf, namesOf, poleId, poleRows, type PoleRow } from './poles-de-competitivite';
import { poleThemeRules, themesOfDomain } from './pole-themes';

/** A COG of two fictitious communes with the same name in two régions, and one more. */
const cog = {
	regions: [
		{ code: '01', nom: 'Région Fictive', zone: 'metro' },
		{ code: '02', nom: "Région d'Essai", zone: 'metro' }
	],
	departements: [],
	communes: [
		{ code: '01001', nom: 'Villefictive', type: 'commune-actuelle', zone: 'metro', departement: '01', region: '01' },
		{ code: '02001', nom: 'Villefictive', type: 'commune-actuelle', zone: 'metro', departement: '02', region: '02' },
		{ code: '02002', nom: 'Bourg-Test', type: 'commune-actuelle', zone: 'metro', departement: '02', region: '02' }
	],
	epci: [],
	ept: []
} as unknown as DecoupageAdministratif;

const row = (overrides: Partial<PoleRow>): PoleRow => ({
	nom: 'Pôle Fictif (PF, ex-Ancien Pôle)',
	region_siege: 'Région Fictive',
	commune_siege: 'Villefictive',
	themes: 'aéronautique;filière équine',
	site_web: '',
	statut_phase5: 'labellisé (4 ans, 2023-2026)',
	source_url: ['https://exemple.test/annonce', 'https://www.autre.test/'],
	...overrides
});

describe('the pôles de compétitivité of phase V', () => {
	it('read names, other names and stable ids', () => {
		expect(namesOf('Pôle Fictif (PF, ex-Ancien Pôle)')).toEqual({ name: 'Pôle Fictif', aliases: ['PF', 'Ancien Pôle'] });
		expect(namesOf('Pôle Uni (fusion Pôle A + Pôle B)')).toEqual({ name: 'Pôle Uni', aliases: ['Pôle A', 'Pôle B'] });
		expect(poleId('Team²')).toBe('team2');
		expect(poleId('Infr@2050')).toBe('infra2050');
		expect(poleId('Tenerrdis')).toBe('tenerrdis');
	});

	it('read the labelling: probation, absorbed, labelled (a renewed probation is a label)', () => {
		expect(labelStatusOf('probation (2 ans, prolongeable à 4 ans sous conditions)')).toBe('probation');
		expect(labelStatusOf('probation (1 an) ; label renouvelé pour 2024-2026 par courrier du 28/12/2023')).toBe('labellise');
		expect(labelStatusOf('labellisé (4 ans, 2023-2026) ; absorbé par le pôle SCS début janvier 2024')).toBe('absorbe');
		expect(labelStatusOf('labellisé (2023-2026)')).toBe('labellise');
	});

	it('make a cited pôle located in its head office, addressing the themes its domains map to', () => {
		const { entities, relationships } = poleRows([row({})], cog);
		const pole = entities.find((entity) => entity.id === 'pole-fictif')!;
		expect(pole.labels).toEqual(['Cluster', 'Actor']);
		expect(pole.properties).toMatchObject({
			clusterKind: 'pole-de-competitivite',
			labelStatus: 'labellise',
			domains: ['aéronautique', 'filière équine']
		});
		const pages = entities.filter((entity) => entity.labels[0] === 'Source');
		expect(pages.map((page) => page.properties.url)).toEqual(['https://exemple.test/annonce', 'https://www.autre.test/']);
		expect(pole.properties.sources).toEqual([
			'poles-de-competitivite-phase-5#Pôle Fictif (PF, ex-Ancien Pôle)',
			...pages.map((page) => page.id)
		]);
		expect(relationships.map((link) => [link.type, link.to])).toEqual([
			['LOCATED_IN', 'commune-01001'],
			['ADDRESSES', 'filiere-aeronautique']
		]);
		expect(relationships.every((link) => link.properties.sources === pole.properties.sources)).toBe(true);
	});

	it('fall back on the région without a commune, and refuse an unknown or ambiguous place, naming the row', () => {
		expect(poleRows([row({ commune_siege: '' })], cog).relationships[0].to).toBe('region-01');
		expect(() => poleRows([row({ region_siege: 'Nulle Part' })], cog)).toThrow(
			/poles_competitivite_phase5\.csv:2 .*unknown région « Nulle Part »/
		);
		expect(() => poleRows([row({ commune_siege: 'Introuvable' })], cog)).toThrow(/no commune\(s\) named « Introuvable »/);
		expect(() => poleRows([row({}), row({})], cog)).toThrow(/csv:3 .*a second pôle with the id pole-fictif/);
	});

	it('map domains only to themes of the vocabulary', async () => {
		const vocabulary = parse(await readFile('seed/themes.yaml', 'utf8')) as { themes: { id: string }[] };
		const known = new Set(vocabulary.themes.map((theme) => theme.id));
		expect(poleThemeRules.flatMap((rule) => rule.themes).filter((theme) => !known.has(theme))).toEqual([]);
		expect(themesOfDomain('Matériaux composites')).toEqual(['materiaux']);
		expect(themesOfDomain('filière équine')).toEqual([]);
	});
});
