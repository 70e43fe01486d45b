import { describe, expect, it } from 'vitest';
import type { EntityKind } from '$lib/domain/model';
import { isListed } from './candidates';
import type { RequestedThemeMatch } from './themes';

/** A candidate whose best theme in common has this credit (none when 0). */
const entry = (kind: EntityKind, credit: number, described = false) => ({
	facts: { id: 'x', name: 'X', kind, labels: [kind], sources: [], themes: [], projects: [], anchors: [], affiliations: [], funding: [] },
	breakdown: { theme: credit / 2, geography: 0.5, network: 0, trackRecord: 0.2, complementarity: 0 },
	themeMatches:
		credit > 0
			? [{ requested: 'hydrogene', offered: { theme: 'hydrogene' }, relation: 'exact', steps: 0, credit } as RequestedThemeMatch]
			: [],
	...(described ? { described: { fact: { id: 'x', described: { id: 'x', name: 'X' }, description: 'x', score: 1 }, words: ['x'] } } : {})
});

describe('which new partners are listed', () => {
	it('leaves out an actor with no theme in common when themes were asked, not when only a place was', () => {
		expect(isListed(entry('Cluster', 0), { themes: true, kinds: [] })).toBe(false);
		expect(isListed(entry('Cluster', 1), { themes: true, kinds: [] })).toBe(true);
		expect(isListed(entry('Cluster', 0), { themes: false, kinds: [] })).toBe(true);
	});

	it('takes a broader theme alone, or a sibling, for no theme in common; a structure’s exact theme still counts', () => {
		// « transition écologique » (broader, 0.4) for « autoconsommation collective »; a sibling 0.25.
		expect(isListed(entry('Cluster', 0.4), { themes: true, kinds: [] })).toBe(false);
		expect(isListed(entry('Cluster', 0.25), { themes: true, kinds: [] })).toBe(false);
		// The theme itself through a cluster it belongs to (half credit), or a more precise one.
		expect(isListed(entry('Company', 0.5), { themes: true, kinds: [] })).toBe(true);
		expect(isListed(entry('Company', 0.8), { themes: true, kinds: [] })).toBe(true);
	});

	it('takes the asked theme’s own field for a theme in common, its own or a project’s, not a structure’s', () => {
		const field = (offered: RequestedThemeMatch['offered']) => ({
			...entry('Cluster', 0),
			themeMatches: [
				{ requested: 'mobilite-douce', offered, relation: 'broader', steps: 1, credit: 0.4, field: true } as RequestedThemeMatch
			]
		});
		expect(isListed(field({ theme: 'mobilite' }), { themes: true, kinds: [] })).toBe(true);
		expect(isListed(field({ theme: 'mobilite', project: 'p' }), { themes: true, kinds: [] })).toBe(true);
		expect(isListed(field({ theme: 'mobilite', structure: 's' }), { themes: true, kinds: [] })).toBe(false);
	});

	it('without themes but with words found in descriptions, lists only those the words found', () => {
		expect(isListed(entry('Cluster', 0), { themes: false, described: true, kinds: [] })).toBe(false);
		expect(isListed(entry('Cluster', 0, true), { themes: false, described: true, kinds: [] })).toBe(true);
	});

	it('lists an intercommunalité or a commune only when public bodies are asked for', () => {
		expect(isListed(entry('EPCI', 1), { themes: true, kinds: [] })).toBe(false);
		expect(isListed(entry('Commune', 1), { themes: false, kinds: ['Company'] })).toBe(false);
		expect(isListed(entry('EPCI', 1), { themes: true, kinds: ['PublicBody'] })).toBe(true);
		expect(isListed(entry('PublicBody', 1), { themes: true, kinds: [] })).toBe(true);
	});
});
