import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProjectFact } from './facts';
import {
	adamicAdar,
	breakdownOf,
	complementarityComponent,
	networkComponent,
	pathCredit,
	scoreOf,
	scoreWeights,
	themeComponent,
	trackRecordComponent,
	trackRecordOf
} from './scoring';
import type { RequestedThemeMatch } from './themes';

const match = (requested: string, credit: number): RequestedThemeMatch => ({
	requested,
	credit,
	relation: 'exact',
	steps: 0,
	offered: { theme: requested }
});
const project = (id: string, role: string, funding: { funder: string; amountEur?: number }[] = []): ProjectFact => ({
	id,
	name: id,
	role,
	themes: [],
	funding,
	places: []
});
const unit = fc.double({ min: 0, max: 1, noNaN: true });

describe('the weights', () => {
	it('are one configuration that sums to 1, frozen', () => {
		const total = Object.values(scoreWeights).reduce((sum, weight) => sum + weight, 0);
		expect(total).toBeCloseTo(1, 10);
		expect(Object.isFrozen(scoreWeights)).toBe(true);
	});
});

describe('a score', () => {
	it('is the weighted sum of its breakdown, so anyone can recompute it', () => {
		fc.assert(
			fc.property(fc.record({ theme: unit, geography: unit, network: unit, trackRecord: unit, complementarity: unit }), (components) => {
				const breakdown = breakdownOf(components);
				const recomputed = Object.entries(scoreWeights).reduce(
					(sum, [key, weight]) => sum + weight * breakdown[key as keyof typeof breakdown],
					0
				);
				// The score keeps four decimals: at most half a unit of the fourth away from the exact sum.
				expect(Math.abs(scoreOf(breakdown) - recomputed)).toBeLessThanOrEqual(0.00005 + 1e-12);
				expect(scoreOf(breakdown)).toBeGreaterThanOrEqual(0);
				expect(scoreOf(breakdown)).toBeLessThanOrEqual(1);
			})
		);
	});

	it('keeps every component of a breakdown in [0, 1]', () => {
		expect(breakdownOf({ theme: 1.7, geography: -0.2, network: Number.NaN, trackRecord: 0.123456, complementarity: 0.5 })).toEqual({
			theme: 1,
			geography: 0,
			network: 0,
			trackRecord: 0.1235,
			complementarity: 0.5
		});
	});
});

describe('the components', () => {
	it('theme: the mean of the best match of every theme asked for', () => {
		expect(themeComponent(['a', 'b'], [match('a', 1)])).toBe(0.5);
		expect(themeComponent(['a', 'b'], [match('a', 1), match('b', 0.4)])).toBeCloseTo(0.7);
		expect(themeComponent([], [])).toBe(0);
	});

	it('network: a shorter path and rarer common neighbours count more', () => {
		expect(pathCredit[2]).toBeGreaterThan(pathCredit[3]);
		expect(adamicAdar([{ degree: 2 }])).toBeGreaterThan(adamicAdar([{ degree: 40 }]));
		const viaSmall = networkComponent({ id: 'x', path: { nodes: ['s', 'c', 'x'], edges: [] as never[] }, common: [] });
		expect(viaSmall).toBe(0);
		const close = networkComponent({
			id: 'x',
			path: { nodes: ['s', 'c', 'x'], edges: [{}, {}] as never[] },
			common: [{ id: 'c', name: 'c', kind: 'Territory', degree: 3, links: [] }]
		});
		const far = networkComponent({ id: 'x', path: { nodes: ['s', 'a', 'b', 'x'], edges: [{}, {}, {}] as never[] }, common: [] });
		expect(close).toBeGreaterThan(far);
		expect(networkComponent(undefined)).toBe(0);
	});

	it('track record: projects, leading roles and funding raise it, with diminishing returns', () => {
		const record = trackRecordOf(
			[project('a', 'partner', [{ funder: 'ademe', amountEur: 23_600_000 }]), project('b', 'lead'), project('b', 'partner')],
			[]
		);
		expect(record).toEqual({ projects: 2, leading: 1, funded: 1, amountEur: 23_600_000 });
		const one = trackRecordComponent({ projects: 1, leading: 0, funded: 0, amountEur: 0 });
		const two = trackRecordComponent({ projects: 2, leading: 0, funded: 0, amountEur: 0 });
		const three = trackRecordComponent({ projects: 3, leading: 0, funded: 0, amountEur: 0 });
		expect(two - one).toBeGreaterThan(three - two);
		expect(trackRecordComponent({ projects: 100, leading: 100, funded: 100, amountEur: 0 })).toBeLessThan(1);
	});

	it('complementarity: a kind "who we are" lacks, and themes it does not cover', () => {
		const present = new Set(['Cluster', 'PublicBody'] as const);
		expect(complementarityComponent('Academic', present, ['a', 'b'], [match('a', 1)], [])).toBe(0.75);
		expect(complementarityComponent('Cluster', present, ['a', 'b'], [match('a', 1)], [match('a', 1)])).toBe(0);
	});
});
