import { parse } from 'yaml';
import type { CommuneName, PlaceName } from './recognise';
import type { VocabularyTheme } from './themes';

/**
 * Test data for the partner finder's pure functions: the real theme vocabulary of
 * `seed/themes.yaml` (as the graph holds it after a seed) and a handful of real place names.
 */
const vocabularyFile = import.meta.glob('/seed/themes.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export const vocabulary: VocabularyTheme[] = (
	parse(vocabularyFile['/seed/themes.yaml']) as { themes: { id: string; fr: string; en: string; broader?: string; synonyms?: string[] }[] }
).themes.map((theme) => ({
	id: theme.id,
	name: theme.fr,
	nameEn: theme.en,
	synonyms: theme.synonyms ?? [],
	broader: theme.broader ? [theme.broader] : []
}));

const place = (id: string, name: string, label: string, extra: Partial<PlaceName> = {}): PlaceName => ({
	id,
	name,
	aliases: [],
	labels: ['Entity', label],
	...extra
});

export const places: PlaceName[] = [
	place('region-53', 'Bretagne', 'Region'),
	place('region-75', 'Nouvelle-Aquitaine', 'Region'),
	place('region-44', 'Grand Est', 'Region'),
	place('region-84', 'Auvergne-Rhône-Alpes', 'Region'),
	place('departement-22', "Côtes-d'Armor", 'Department'),
	place('departement-38', 'Isère', 'Department'),
	place('departement-59', 'Nord', 'Department'),
	place('departement-80', 'Somme', 'Department'),
	place('epci-200069391', 'CA Lamballe Terre et Mer', 'EPCI', { kind: 'CA' }),
	place('epci-200046977', 'Métropole de Lyon', 'EPCI', { kind: 'MET69' }),
	place('epci-245900428', 'CU de Dunkerque', 'EPCI', { kind: 'CU' }),
	place('ti-2023-2027-5301', "Baie d'Armor Industrie", 'Territory', { phase: '2023-2027', kind: 'territoire-d-industrie' }),
	place('ti-2019-2022-5303', 'Lamballe Terre et Mer', 'Territory', { phase: '2019-2022', kind: 'territoire-d-industrie' }),
	place('vallee-de-la-chimie', 'Vallée de la Chimie', 'Territory', { kind: 'pôle industriel' })
];

export const communes: CommuneName[] = [
	{ id: 'commune-76178', name: 'Cléon', population: 4795, units: ['departement-76', 'region-28'] },
	{ id: 'commune-69123', name: 'Lyon', population: 519127, units: ['departement-69', 'region-84'] },
	{ id: 'commune-41136', name: 'Mer', population: 6250, units: ['departement-41', 'region-24'] },
	{ id: 'commune-38422', name: 'Saint-Martin-d’Hères', population: 38000, units: ['departement-38', 'region-84'] },
	{ id: 'commune-17323', name: "Saint-Pierre-d'Oléron", population: 6700, units: ['departement-17', 'region-75'] },
	{ id: 'commune-38185', name: 'Grenoble', population: 156140, units: ['departement-38', 'region-84'] },
	{ id: 'commune-01001', name: 'Vienne', population: 100, units: ['departement-01', 'region-84'] },
	{ id: 'commune-38544', name: 'Vienne', population: 30000, units: ['departement-38', 'region-84'] },
	{ id: 'commune-90018', name: 'Bretagne', population: 400, units: ['departement-90', 'region-27'] }
];
