import { describe, expect, it } from 'vitest';
import { translator } from '$lib/i18n/translator';
import type { SupportFact } from './facts';
import { vocabulary } from '../../../../tests/support/fixtures/partners-vocabulary';
import { rankSupporters } from './funders';
import { ThemeHierarchy } from './themes';

const hierarchy = new ThemeHierarchy(vocabulary);
const support = (supporter: string, project: string, themes: string[], amountEur?: number): SupportFact => ({
	supporter: { id: supporter, name: supporter.toUpperCase(), kind: 'PublicBody', labels: ['Actor', 'PublicBody', 'Funder'] },
	project: { id: project, name: project, themes, places: [] },
	edge: {
		id: `FUNDS:${supporter}->${project}`,
		type: 'FUNDS',
		source: supporter,
		target: project,
		...(amountEur ? { amountEur } : {}),
		sources: [`doc#${project}`],
		evidence: ['…']
	}
});
const rank = (rows: SupportFact[], requested: string[]) =>
	rankSupporters({
		rows,
		requested,
		hierarchy,
		targets: [],
		places: new Map(),
		limit: 10,
		context: { locale: 'fr', t: translator('fr'), themeName: (id) => id, nameOf: (id) => id }
	});

describe('funders of similar projects', () => {
	it('rank a funder of two similar projects above a funder of one, and add up the known amounts', () => {
		const ranked = rank(
			[
				support('ademe', 'dkarbonation', ['hydrogene', 'decarbonation'], 23_600_000),
				support('ademe', 'declyc', ['hydrogene']),
				support('region', 'declyc', ['hydrogene'])
			],
			// Each project matches one of the two themes asked for: half similar.
			['hydrogene', 'reutilisation-des-eaux']
		);
		expect(ranked.map((funder) => funder.id)).toEqual(['ademe', 'region']);
		expect(ranked[0]).toMatchObject({
			totalAmountEur: 23_600_000,
			projects: [{ id: 'dkarbonation', amountEur: 23_600_000 }, { id: 'declyc' }]
		});
		expect(ranked[0].score).toBeCloseTo(1 - 0.5 * 0.5);
		expect(ranked[1].score).toBeCloseTo(0.5);
		expect(ranked[1].totalAmountEur).toBeUndefined();
	});

	it('leave out funders of projects on unrelated themes', () => {
		expect(rank([support('ademe', 'aero', ['filiere-aeronautique'])], ['reutilisation-des-eaux'])).toEqual([]);
	});

	it('name the programme through which an operator funded a project', () => {
		const [ademe] = rank(
			[{ ...support('ademe', 'declyc', ['hydrogene']), programme: { id: 'france-2030', name: 'France 2030' } }],
			['hydrogene']
		);
		expect(ademe.projects).toEqual([expect.objectContaining({ id: 'declyc', programme: 'France 2030' })]);
		expect(ademe.reasons[0]).toMatch(/^A financé declyc au titre de France 2030, un projet/);
	});
});
