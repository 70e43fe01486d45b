import louvain from 'graphology-communities-louvain';
import type { Community } from '$lib/domain/analysis';
import type { Network } from './network';
import { seededRandom } from '$lib/seeded-random';

export interface Partition {
	/** Community of each node, numbered from 0 by decreasing size. */
	membership: Map<string, number>;
	communities: Community[];
	/** Weighted modularity of the partition (0 for a network without links). */
	modularity: number;
}

/**
 * Louvain communities on the weighted links, with a fixed seed so that the same network always
 * gives the same partition. Communities are renumbered largest first (ties: the one whose best
 * connected member comes first by id), and each lists its members best connected first.
 */
export function detectCommunities(network: Network, seed = 42): Partition {
	const raw: Record<string, number> = {};
	let modularity = 0;
	if (network.size > 0) {
		const detailed = louvain.detailed(network, { getEdgeWeight: 'weight', rng: seededRandom(seed) });
		Object.assign(raw, detailed.communities);
		modularity = detailed.modularity;
	} else {
		// Without links every node is its own community, and modularity is zero.
		network.forEachNode((node, _attributes) => void (raw[node] = Object.keys(raw).length));
	}

	const strength = (node: string) => network.reduceEdges(node, (sum, _edge, attributes) => sum + attributes.weight, 0);
	const groups = new Map<number, string[]>();
	for (const [node, community] of Object.entries(raw)) groups.set(community, [...(groups.get(community) ?? []), node]);
	const ordered = [...groups.values()]
		.map((members) => members.sort((a, b) => strength(b) - strength(a) || a.localeCompare(b)))
		.sort((a, b) => b.length - a.length || a[0].localeCompare(b[0]));

	const membership = new Map<string, number>();
	const communities = ordered.map((members, id) => {
		for (const member of members) membership.set(member, id);
		return { id, size: members.length, members };
	});
	return { membership, communities, modularity: Number.isFinite(modularity) ? modularity : 0 };
}
