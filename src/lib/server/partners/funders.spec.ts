import { describe, expect, it } from 'vitest';
import { translator } from '$lib/i18n/translator';
import type { SupportedProject, SupportFact } from './facts';
import { vocabulary } from '../../../../tests/support/fixtures/partners-vocabulary';
import { describeSupporters, FUNDER_PROJECTS, rankSupporters, supportPairs } from './funders';
import { ThemeHierarchy } from './themes';

const hierarchy = new ThemeHierarchy(vocabulary);
const context = { locale: 'fr' as const, t: translator('fr'), themeName: (id: string) => id, nameOf: (id: string) => id };

/** A project on `themes` and its funders, by id with the amount each gave. */
const project = (id: string, themes: string[], funders: Record<string, number | undefined>): SupportedProject => ({
	id,
	themes,
	places: [],
	supporters: Object.entries(funders).map(([funder, amountEur]) => ({
		id: funder,
		type: 'FUNDS' as const,
		...(amountEur ? { amountEur } : {})
	}))
});
/** The link `list-supports` reads for a pair. */
const link = (supporter: string, project: string, extra: Partial<SupportFact> = {}): SupportFact => ({
	supporter: { id: supporter, name: supporter.toUpperCase(), kind: 'PublicBody', labels: ['Actor', 'PublicBody', 'Funder'] },
	project: { id: project, name: project.toUpperCase() },
	edge: {
		id: `FUNDS:${supporter}->${project}`,
		type: 'FUNDS',
		source: supporter,
		target: project,
		sources: [`doc#${project}`],
		evidence: []
	},
	...extra
});
const rank = (projects: SupportedProject[], requested: string[]) =>
	rankSupporters({ projects, requested, hierarchy, targets: [], places: new Map(), limit: 10 });
/** Ranks, then describes with every link the ranking asks for. */
const suggest = (
	projects: SupportedProject[],
	requested: string[],
	extra: (pair: { supporter: string; project: string }) => Partial<SupportFact> = () => ({})
) => {
	const ranked = rank(projects, requested);
	return describeSupporters(
		ranked,
		supportPairs(ranked).map((pair) => link(pair.supporter, pair.project, extra(pair))),
		context
	);
};

describe('funders of similar projects', () => {
	it('rank a funder of two similar projects above a funder of one, and add up the known amounts', () => {
		const ranked = suggest(
			[
				project('dkarbonation', ['hydrogene', 'decarbonation'], { ademe: 23_600_000 }),
				project('declyc', ['hydrogene'], { ademe: undefined, region: undefined })
			],
			// Each project matches one of the two themes asked for: half similar.
			['hydrogene', 'reutilisation-des-eaux']
		);
		expect(ranked.map((funder) => funder.id)).toEqual(['ademe', 'region']);
		expect(ranked[0]).toMatchObject({
			name: 'ADEME',
			totalAmountEur: 23_600_000,
			projectCount: 2,
			projects: [
				{ id: 'dkarbonation', name: 'DKARBONATION', amountEur: 23_600_000, sources: ['doc#dkarbonation'] },
				{ id: 'declyc', sources: ['doc#declyc'] }
			]
		});
		expect(ranked[0].score).toBeCloseTo(1 - 0.5 * 0.5);
		expect(ranked[1].score).toBeCloseTo(0.5);
		expect(ranked[1].totalAmountEur).toBeUndefined();
	});

	it('leave out funders of projects on unrelated themes', () => {
		expect(rank([project('aero', ['filiere-aeronautique'], { ademe: 1 })], ['reutilisation-des-eaux'])).toEqual([]);
	});

	it('name the programme through which an operator funded a project, and the year the link gives', () => {
		const [ademe] = suggest([project('declyc', ['hydrogene'], { ademe: undefined })], ['hydrogene'], () => ({
			programme: { id: 'france-2030', name: 'France 2030' },
			edge: { id: 'FUNDS:ademe->declyc', type: 'FUNDS', source: 'ademe', target: 'declyc', year: 2024, sources: [], evidence: [] }
		}));
		expect(ademe.projects).toEqual([expect.objectContaining({ id: 'declyc', programme: 'France 2030', year: 2024 })]);
		expect(ademe.reasons[0]).toMatch(/^A financé DECLYC au titre de France 2030 \(/);
	});

	it('list a funder’s most similar projects only, its count and total covering them all', () => {
		const projects = Array.from({ length: FUNDER_PROJECTS + 5 }, (_, index) =>
			project(`p${String(index).padStart(2, '0')}`, index < 5 ? ['hydrogene'] : ['decarbonation'], { ademe: 10 })
		);
		const [ademe] = suggest(projects, ['hydrogene']);
		expect(ademe.projectCount).toBe(FUNDER_PROJECTS + 5);
		expect(ademe.totalAmountEur).toBe(10 * (FUNDER_PROJECTS + 5));
		expect(ademe.projects).toHaveLength(FUNDER_PROJECTS);
		// The exact-theme projects first.
		expect(ademe.projects.slice(0, 5).map((listed) => listed.id)).toEqual(['p00', 'p01', 'p02', 'p03', 'p04']);
		expect(ademe.reasons).toHaveLength(3);
	});

	it('add up two links to one project, funding counting over a selection, and leave out a supporter whose links are gone', () => {
		const twice: SupportedProject = {
			...project('declyc', ['hydrogene'], {}),
			supporters: [
				{ id: 'ademe', type: 'SELECTED_BY' },
				{ id: 'ademe', type: 'FUNDS', amountEur: 5 },
				{ id: 'ademe', type: 'FUNDS', amountEur: 7 },
				{ id: 'gone', type: 'FUNDS', amountEur: 1 }
			]
		};
		const ranked = rank([twice], ['hydrogene']);
		expect(ranked.find((supporter) => supporter.id === 'ademe')?.projects).toEqual([
			expect.objectContaining({ type: 'FUNDS', amountEur: 12 })
		]);
		const described = describeSupporters(ranked, [link('ademe', 'declyc')], context);
		expect(described.map((funder) => funder.id)).toEqual(['ademe']);
	});
});
