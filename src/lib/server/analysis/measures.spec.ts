import { describe, expect, it } from 'vitest';
import { networkOf, star, twoTriangles } from '../../../../tests/support/fixtures/networks';
import { measureNodes } from './measures';

describe('measureNodes', () => {
	it('puts the centre of a star on every path: betweenness 1, the leaves 0', () => {
		const measures = measureNodes(star(4));
		expect(measures.get('centre')).toMatchObject({ degree: 4, betweenness: 1, closeness: 1 });
		for (const leaf of ['leaf-1', 'leaf-2', 'leaf-3', 'leaf-4']) expect(measures.get(leaf)).toMatchObject({ degree: 1, betweenness: 0 });
	});

	it('gives a star leaf the closeness of 4 nodes reached in 1 + 2 + 2 + 2 hops', () => {
		expect(measureNodes(star(4)).get('leaf-1')?.closeness).toBeCloseTo(4 / 7, 10);
	});

	it('solves PageRank on a star: c = (1-d)/n + d·4l and l = (1-d)/n + d·c/4', () => {
		const [n, d] = [5, 0.85];
		// Substituting l in c: c = (1-d)/n + 4d(1-d)/n + d²c, so c = (1-d)(1+4d) / (n(1-d²)).
		const centre = ((1 - d) * (1 + 4 * d)) / (n * (1 - d * d));
		const leaf = (1 - d) / n + (d * centre) / 4;
		const measures = measureNodes(star(4));
		expect(measures.get('centre')?.pagerank).toBeCloseTo(centre, 4);
		expect(measures.get('leaf-2')?.pagerank).toBeCloseTo(leaf, 4);
		const total = [...measures.values()].reduce((sum, measure) => sum + measure.pagerank, 0);
		expect(total).toBeCloseTo(1, 6);
	});

	it('gives the two ends of a bridge between triangles 2 × 3 of the 10 pairs of other nodes', () => {
		const measures = measureNodes(twoTriangles(true));
		expect(measures.get('c')?.betweenness).toBeCloseTo(6 / 10, 10);
		expect(measures.get('d')?.betweenness).toBeCloseTo(6 / 10, 10);
		expect(measures.get('a')?.betweenness).toBe(0);
	});

	it('adds up link weights for the weighted degree, and lets a heavy tie weigh in PageRank', () => {
		const measures = measureNodes(
			networkOf([
				['hub', 'a', 3],
				['hub', 'b', 1],
				['a', 'c', 1],
				['b', 'd', 1]
			])
		);
		expect(measures.get('hub')).toMatchObject({ degree: 2, weightedDegree: 4 });
		expect(measures.get('a')!.pagerank).toBeGreaterThan(measures.get('b')!.pagerank);
	});

	it('scales closeness by the share of the network a node reaches (Wasserman–Faust)', () => {
		// x reaches 1 of the 2 other nodes, at 1 hop: (1/2) × (1/1).
		const measures = measureNodes(networkOf([['x', 'y']], ['z']));
		expect(measures.get('x')?.closeness).toBeCloseTo(0.5, 10);
		expect(measures.get('z')).toMatchObject({ degree: 0, weightedDegree: 0, betweenness: 0, closeness: 0 });
	});

	it('gives every node the same PageRank when there is no link at all', () => {
		const measures = measureNodes(networkOf([], ['a', 'b', 'c', 'd']));
		for (const measure of measures.values()) expect(measure.pagerank).toBe(0.25);
	});
});
