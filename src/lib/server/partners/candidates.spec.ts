import { describe, expect, it } from 'vitest';
import type { EntityKind } from '$lib/domain/model';
import { isListed } from './candidates';

const entry = (kind: EntityKind, theme: number) => ({
	facts: { id: 'x', name: 'X', kind, labels: [kind], sources: [], themes: [], projects: [], anchors: [], affiliations: [], funding: [] },
	breakdown: { theme, geography: 0.5, network: 0, trackRecord: 0.2, complementarity: 0 }
});

describe('which new partners are listed', () => {
	it('leaves out an actor with no theme in common when themes were asked, not when only a place was', () => {
		expect(isListed(entry('Cluster', 0), { themes: true, kinds: [] })).toBe(false);
		expect(isListed(entry('Cluster', 0.25), { themes: true, kinds: [] })).toBe(true);
		expect(isListed(entry('Cluster', 0), { themes: false, kinds: [] })).toBe(true);
	});

	it('lists an intercommunalité or a commune only when public bodies are asked for', () => {
		expect(isListed(entry('EPCI', 0.5), { themes: true, kinds: [] })).toBe(false);
		expect(isListed(entry('Commune', 0.5), { themes: false, kinds: ['Company'] })).toBe(false);
		expect(isListed(entry('EPCI', 0.5), { themes: true, kinds: ['PublicBody'] })).toBe(true);
		expect(isListed(entry('PublicBody', 0.5), { themes: true, kinds: [] })).toBe(true);
	});
});
