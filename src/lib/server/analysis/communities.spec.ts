import { describe, expect, it } from 'vitest';
import { detectCommunities } from './communities';
import { networkOf, twoTriangles } from '../../../../tests/support/fixtures/networks';

describe('detectCommunities', () => {
	it('finds two triangles joined by a bridge, with modularity 2 × (3/7 − (7/14)²) = 5/14', () => {
		const partition = detectCommunities(twoTriangles(true));
		expect(partition.communities.map((community) => [...community.members].sort())).toEqual([
			['a', 'b', 'c'],
			['d', 'e', 'f']
		]);
		expect(partition.modularity).toBeCloseTo(5 / 14, 10);
		expect(partition.membership.get('a')).toBe(partition.membership.get('b'));
		expect(partition.membership.get('a')).not.toBe(partition.membership.get('f'));
	});

	it('gives two separate triangles modularity 1/2', () => {
		expect(detectCommunities(twoTriangles(false)).modularity).toBeCloseTo(0.5, 10);
	});

	it('numbers communities largest first and lists members best connected first', () => {
		const partition = detectCommunities(
			networkOf([
				['k1', 'k2'],
				['k1', 'k3'],
				['k1', 'k4'],
				['k2', 'k3'],
				['k3', 'k4'],
				['k2', 'k4'],
				['s1', 's2']
			])
		);
		expect(partition.communities.map((community) => community.size)).toEqual([4, 2]);
		expect(partition.communities[0].id).toBe(0);
		expect(partition.membership.get('k1')).toBe(0);
		expect(partition.membership.get('s2')).toBe(1);
	});

	it('gives the same partition every time (seeded)', () => {
		const network = twoTriangles(true);
		expect(detectCommunities(network).communities).toEqual(detectCommunities(network).communities);
	});

	it('puts every node in its own community when there is no link, with modularity 0', () => {
		const partition = detectCommunities(networkOf([], ['a', 'b', 'c']));
		expect(partition.communities).toHaveLength(3);
		expect(partition.modularity).toBe(0);
	});
});
