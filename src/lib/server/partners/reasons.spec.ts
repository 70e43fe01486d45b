import { describe, expect, it } from 'vitest';
import { translator } from '$lib/i18n/translator';
import type { Locale } from '$lib/i18n/locales';
import type { PlaceUnits, ProjectFact } from './facts';
import { vocabulary } from '../../../../tests/support/fixtures/partners-vocabulary';
import {
	formatEuros,
	geographyReason,
	networkReason,
	partnerReason,
	placeIn,
	supportReason,
	themesNote,
	themeReasons,
	trackRecordReasons,
	type ReasonContext
} from './reasons';
import type { RequestedThemeMatch } from './themes';

const names: Record<string, string> = {
	'reuse-baie-d-armor': 'ReUse',
	'ti-2023-2027-5301': "Baie d'Armor Industrie",
	'brit-inov': "Brit'Inov"
};
const context = (locale: Locale, self?: { id: string; name: string }): ReasonContext => ({
	locale,
	t: translator(locale),
	themeName: (id) => {
		const theme = vocabulary.find((entry) => entry.id === id);
		return (locale === 'en' ? theme?.nameEn : theme?.name) ?? id;
	},
	nameOf: (id) => names[id] ?? id,
	...(self ? { self } : {})
});

const baieDArmor: PlaceUnits = {
	id: 'ti-2023-2027-5301',
	name: "Baie d'Armor Industrie",
	kind: 'Territory',
	phase: '2023-2027',
	units: []
};
const reuse: ProjectFact = {
	id: 'reuse-baie-d-armor',
	name: 'ReUse',
	status: 'planned',
	role: 'pilot',
	themes: [],
	funding: [],
	places: []
};
const viaReuse: RequestedThemeMatch = {
	requested: 'reutilisation-des-eaux',
	relation: 'exact',
	steps: 0,
	credit: 1,
	offered: { theme: 'reutilisation-des-eaux', project: 'reuse-baie-d-armor' }
};

describe('reason sentences', () => {
	it('say what project the candidate carried, on what theme, and where: next to the place asked for', () => {
		const [sentence] = themeReasons(
			context('fr'),
			[viaReuse],
			new Map([[reuse.id, reuse]]),
			new Map([[reuse.id, { place: baieDArmor, neighbour: true }]])
		);
		expect(sentence).toBe(
			"Pilote ReUse (thème\u00a0: réutilisation des eaux), dans le Territoire d’industrie voisin Baie d'Armor Industrie."
		);
	});

	it('speak of a completed project in the past, and in English when asked', () => {
		const done = { ...reuse, status: 'completed' };
		expect(themeReasons(context('fr'), [viaReuse], new Map([[done.id, done]]), new Map())[0]).toMatch(
			/^A piloté ReUse \(thème\u00a0: réutilisation des eaux\)\.$/
		);
		expect(themeReasons(context('en'), [viaReuse], new Map([[done.id, done]]), new Map())[0]).toBe('Piloted ReUse (theme: water reuse).');
	});

	it('qualify an own theme that is narrower than the one asked for', () => {
		const narrower: RequestedThemeMatch = {
			requested: 'economie-circulaire',
			relation: 'narrower',
			steps: 1,
			credit: 0.8,
			offered: { theme: 'reutilisation-des-eaux' }
		};
		expect(themeReasons(context('fr'), [narrower], new Map(), new Map())).toEqual([
			'Travaille sur : réutilisation des eaux (plus précis que « économie circulaire »).'
		]);
	});

	it('name the themes of a project as themes, one or several, in French and English', () => {
		// A theme says what a project touches, not what it is: a school tagged « Énergie » is no « projet d’énergie ».
		expect(themesNote(context('fr'), ['Énergie'])).toBe('thème\u00a0: énergie');
		expect(themesNote(context('fr'), ['Hydrogène', 'Économie circulaire', 'Formation'])).toBe(
			'thèmes\u00a0: hydrogène, économie circulaire et formation'
		);
		expect(themesNote(context('en'), ['Hydrogen', 'Water reuse'])).toBe('themes: hydrogen and water reuse');
	});

	it('place a candidate against the place asked for', () => {
		const bretagne: PlaceUnits = { id: 'region-53', name: 'Bretagne', kind: 'Region', units: [] };
		const sentence = geographyReason(context('fr'), 'brit-inov', {
			credit: 1,
			target: bretagne,
			anchor: { place: bretagne, via: 'located' },
			proximity: { relation: 'inside', credit: 1 }
		});
		expect(sentence).toBe('Implanté dans la région Bretagne, le lieu demandé.');
		expect(placeIn(context('en'), { kind: 'Commune', name: 'Cléon' })).toBe('in Cléon');
	});

	it('name the partners in common with "who we are", the rarest first', () => {
		const sentence = networkReason(context('fr', { id: 'reuse-baie-d-armor', name: 'ReUse' }), {
			id: 'brit-inov',
			common: [
				{ id: 'hub', name: 'Un grand réseau', kind: 'Cluster', degree: 40, links: [] },
				{ id: 'ti-2023-2027-5301', name: "Baie d'Armor Industrie", kind: 'Territory', degree: 7, links: [] }
			]
		});
		expect(sentence).toBe("Relié à ReUse par Baie d'Armor Industrie et Un grand réseau.");
		expect(networkReason(context('fr'), { id: 'x', common: [] })).toBeUndefined();
	});

	it('count projects and roles, and give known funding in euros', () => {
		expect(trackRecordReasons(context('fr'), { projects: 3, leading: 1, funded: 1, amountEur: 23_600_000 })).toEqual([
			'3 projets connus dans le graphe, dont un qu’il porte ou pilote.',
			'Financements connus de ses projets : 23,6\u00a0M€.'
		]);
		expect(trackRecordReasons(context('fr'), { projects: 0, leading: 0, funded: 0, amountEur: 0 })).toEqual([]);
		expect(formatEuros('en', 23_600_000)).toBe('€23.6M');
	});

	it('say why a candidate is already a partner', () => {
		const sentence = partnerReason(context('fr'), {
			id: 'brit-inov',
			name: "Brit'Inov",
			kind: 'Cluster',
			links: [
				{ id: 'x', type: 'PARTICIPATES_IN', source: 'brit-inov', target: 'reuse-baie-d-armor', role: 'pilot', sources: [], evidence: [] }
			]
		});
		expect(sentence).toBe('Déjà partenaire : participe à ReUse.');
	});

	it('say what a funder funded, with the amount', () => {
		expect(
			supportReason(context('fr'), { id: 'dkarbonation', name: 'DKarbonation', amountEur: 23_600_000, themes: ['hydrogene'] }, 'FUNDS')
		).toBe('A financé DKarbonation (23,6\u00a0M€\u00a0; thème\u00a0: hydrogène).');
		expect(supportReason(context('fr'), { id: 'dkarbonation', name: 'DKarbonation', themes: [] }, 'SELECTED_BY')).toBe(
			'A retenu DKarbonation.'
		);
	});
});
