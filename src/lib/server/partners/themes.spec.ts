import { describe, expect, it } from 'vitest';
import { vocabulary } from '../../../../tests/support/fixtures/partners-vocabulary';
import { bestMatches, themeCredit, ThemeHierarchy, themeSourceCredit, withoutLoneSiblings } from './themes';

const hierarchy = new ThemeHierarchy(vocabulary);

describe('the theme hierarchy', () => {
	it('credits an exact theme fully, a narrower one less, a broader one less again', () => {
		expect(hierarchy.match('economie-circulaire', 'economie-circulaire')).toMatchObject({ relation: 'exact', credit: 1 });
		const narrower = hierarchy.match('economie-circulaire', 'reutilisation-des-eaux');
		const broader = hierarchy.match('reutilisation-des-eaux', 'economie-circulaire');
		expect(narrower).toMatchObject({ relation: 'narrower', steps: 1, credit: themeCredit.narrower });
		expect(broader).toMatchObject({ relation: 'broader', steps: 1, credit: themeCredit.broader });
		expect(narrower!.credit).toBeLessThan(1);
		expect(broader!.credit).toBeLessThan(narrower!.credit);
	});

	it('marks a broader theme that is the asked theme’s own field, not a heading of the vocabulary', () => {
		// « Mobilités » is the field of « Mobilité douce et covoiturage »; « Transition écologique » heads the vocabulary.
		expect(hierarchy.match('mobilite-douce', 'mobilite')).toMatchObject({ relation: 'broader', steps: 1, field: true });
		expect(hierarchy.match('reutilisation-des-eaux', 'economie-circulaire')).toMatchObject({ relation: 'broader', field: true });
		expect(hierarchy.match('economie-circulaire', 'transition-ecologique')).not.toHaveProperty('field');
		expect(hierarchy.match('mobilite-douce', 'developpement-territorial')).not.toHaveProperty('field');
	});

	it('halves the credit for each step beyond the first', () => {
		// transition-ecologique > economie-circulaire > reutilisation-des-eaux
		expect(hierarchy.match('transition-ecologique', 'reutilisation-des-eaux')).toMatchObject({
			relation: 'narrower',
			steps: 2,
			credit: themeCredit.narrower * themeCredit.perExtraStep
		});
	});

	it('gives siblings a little and unrelated themes nothing', () => {
		expect(hierarchy.match('reutilisation-des-eaux', 'recyclage-plastiques-composites')).toMatchObject({ relation: 'sibling' });
		expect(hierarchy.match('reutilisation-des-eaux', 'filiere-aeronautique')).toBeNull();
	});

	it('looks for a theme’s narrower and broader themes, not its siblings', () => {
		const relatives = hierarchy.relatives(['economie-circulaire']);
		expect(relatives).toEqual(expect.arrayContaining(['economie-circulaire', 'reutilisation-des-eaux', 'transition-ecologique']));
		// A sibling under « transition écologique »: looked for before, it pulled in every project of its own.
		expect(hierarchy.match('economie-circulaire', 'hydrogene')).toMatchObject({ relation: 'sibling' });
		expect(relatives).not.toContain('hydrogene');
		expect(relatives).not.toContain('filiere-aeronautique');
		expect(hierarchy.relatives(['not-a-theme'])).toEqual([]);
	});

	it('leaves the broader themes out when asked to', () => {
		const close = hierarchy.relatives(['economie-circulaire'], { broader: false });
		expect(close).toEqual(expect.arrayContaining(['economie-circulaire', 'reutilisation-des-eaux']));
		expect(close).not.toContain('transition-ecologique');
	});
});

describe('best matches', () => {
	it('keeps, for each theme asked for, the best theme offered, a project’s before its own at equal credit', () => {
		const matches = bestMatches(
			hierarchy,
			['reutilisation-des-eaux', 'hydrogene'],
			[
				{ theme: 'reutilisation-des-eaux', project: 'reuse-baie-d-armor' },
				{ theme: 'reutilisation-des-eaux' },
				{ theme: 'economie-circulaire' }
			]
		);
		expect(matches).toEqual([
			expect.objectContaining({
				requested: 'reutilisation-des-eaux',
				credit: 1,
				offered: { theme: 'reutilisation-des-eaux', project: 'reuse-baie-d-armor' }
			}),
			// Hydrogen and circular economy are both under the ecological transition.
			expect.objectContaining({ requested: 'hydrogene', relation: 'sibling', credit: themeCredit.sibling })
		]);
	});

	it('counts a structure’s theme (a cluster’s, for its member) at half credit', () => {
		const [match] = bestMatches(hierarchy, ['numerique'], [{ theme: 'numerique', structure: 'ecosystem-cleon-4-0' }]);
		expect(match.credit).toBe(themeSourceCredit.structure);
	});
});

describe('lone siblings', () => {
	it('counts a sibling theme only beside a closer match, never alone', () => {
		const alone = bestMatches(hierarchy, ['filiere-nautique-navale'], [{ theme: 'filiere-chimie' }]);
		expect(alone.map((match) => match.relation)).toEqual(['sibling']);
		expect(withoutLoneSiblings(alone)).toEqual([]);
		const beside = bestMatches(hierarchy, ['filiere-nautique-navale', 'hydrogene'], [{ theme: 'filiere-chimie' }, { theme: 'hydrogene' }]);
		expect(
			withoutLoneSiblings(beside)
				.map((match) => match.relation)
				.sort()
		).toEqual(['exact', 'sibling']);
	});
});
