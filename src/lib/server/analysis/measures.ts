import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import closenessCentrality from 'graphology-metrics/centrality/closeness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { weightedDegree } from 'graphology-metrics/node/weighted-degree';
import type { NodeMeasure } from '$lib/domain/analysis';
import type { Network } from './network';

export type Measures = Record<NodeMeasure, number>;

/**
 * The centrality of every node of a projection.
 *
 * - degree: neighbours; weighted degree: the sum of the link weights (shared projects…);
 * - betweenness: share of the shortest paths between two other nodes that go through the node,
 *   counted in hops (a weight says how strong a tie is, not how long, so it is no distance),
 *   normalised to 0–1;
 * - closeness: inverse mean distance in hops to the nodes it reaches, scaled by the share of the
 *   network it reaches (Wasserman and Faust), so isolated pairs do not look central;
 * - PageRank: on the weighted links, damping 0.85; a network without links gives every node the
 *   same share.
 */
export function measureNodes(network: Network): Map<string, Measures> {
	const betweenness = network.order > 0 ? betweennessCentrality(network, { getEdgeWeight: null, normalized: true }) : {};
	const closeness = network.order > 0 ? closenessCentrality(network, { wassermanFaust: true }) : {};
	const ranks = network.size > 0 ? pagerank(network, { getEdgeWeight: 'weight', alpha: 0.85 }) : null;
	const measures = new Map<string, Measures>();
	network.forEachNode((node) => {
		measures.set(node, {
			degree: network.degree(node),
			weightedDegree: weightedDegree(network, node, 'weight'),
			betweenness: finite(betweenness[node]),
			closeness: finite(closeness[node]),
			pagerank: ranks ? finite(ranks[node]) : 1 / network.order
		});
	});
	return measures;
}

function finite(value: number | undefined): number {
	return value !== undefined && Number.isFinite(value) ? value : 0;
}
