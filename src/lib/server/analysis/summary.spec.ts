import { describe, expect, it } from 'vitest';
import { detectCommunities } from './communities';
import { networkOf, star, twoTriangles } from '../../../../tests/support/fixtures/networks';
import { degreeDistribution, summarise } from './summary';

describe('summarise', () => {
	it('counts two separate triangles: 6 nodes, 6 of 15 possible links, 2 components', () => {
		const network = twoTriangles(false);
		expect(summarise(network, detectCommunities(network))).toEqual({
			nodes: 6,
			edges: 6,
			density: 6 / 15,
			components: 2,
			largestComponent: 3,
			isolated: 0,
			communities: 2,
			modularity: expect.closeTo(0.5, 10),
			totalWeight: 6
		});
	});

	it('counts an isolated node as a component of its own, and adds up weights', () => {
		const network = networkOf([['a', 'b', 3]], ['c']);
		expect(summarise(network, detectCommunities(network))).toMatchObject({
			nodes: 3,
			edges: 1,
			components: 2,
			largestComponent: 2,
			isolated: 1,
			totalWeight: 3
		});
	});

	it('says nothing of an empty projection but zeros', () => {
		const network = networkOf([]);
		expect(summarise(network, detectCommunities(network))).toMatchObject({ nodes: 0, edges: 0, density: 0, components: 0, modularity: 0 });
	});
});

describe('degreeDistribution', () => {
	it('gives a star four nodes of degree 1 and one of degree 4', () => {
		expect(degreeDistribution(star(4))).toEqual([
			{ degree: 1, count: 4 },
			{ degree: 4, count: 1 }
		]);
	});
});
