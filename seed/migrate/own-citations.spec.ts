import { describe, expect, it } from 'vitest';
import { sameProperties, withOwnCitations } from './own-citations';

const curated = new Set(['document-fictif']);

describe('withOwnCitations', () => {
	it('gives the seed’s properties when the graph cites only the seed’s documents', () => {
		const seed = { id: 'x', name: 'X', sources: ['document-fictif#§1'] };
		expect(withOwnCitations(seed, { id: 'x', name: 'Ancien X', extra: 1, sources: ['document-fictif#§2'] }, curated)).toEqual(seed);
		expect(withOwnCitations(seed, undefined, curated)).toEqual(seed);
	});

	it('keeps the user’s citations with their evidence, aliases and own properties beside the seed’s', () => {
		const merged = withOwnCitations(
			{ id: 'x', name: 'X', aliases: ['Ex'], sources: ['document-fictif#§1'], evidence: ['extrait du semis'] },
			{
				id: 'x',
				name: 'Ancien X',
				aliases: ['Mon X', 'X'],
				note: 'ma note',
				sources: ['document-fictif#§2', 'mon-etude#p3'],
				evidence: ['ancien extrait', 'mon extrait']
			},
			curated
		);
		expect(merged).toEqual({
			id: 'x',
			name: 'X',
			aliases: ['Ex', 'Mon X'],
			note: 'ma note',
			sources: ['document-fictif#§1', 'mon-etude#p3'],
			evidence: ['extrait du semis', 'mon extrait']
		});
	});

	it('pads the evidence of citations the seed states without an excerpt', () => {
		const merged = withOwnCitations({ sources: ['donnees-ouvertes'] }, { sources: ['mon-etude'], evidence: ['mon extrait'] }, curated);
		expect(merged).toEqual({ sources: ['donnees-ouvertes', 'mon-etude'], evidence: ['', 'mon extrait'] });
	});
});

describe('sameProperties', () => {
	it('ignores the order of keys but not the order of lists', () => {
		expect(sameProperties({ a: 1, b: ['x', 'y'] }, { b: ['x', 'y'], a: 1 })).toBe(true);
		expect(sameProperties({ b: ['x', 'y'] }, { b: ['y', 'x'] })).toBe(false);
	});
});
