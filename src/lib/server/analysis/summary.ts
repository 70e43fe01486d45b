import { connectedComponents } from 'graphology-components';
import { undirectedDensity } from 'graphology-metrics/graph/density';
import type { AnalysisResult, AnalysisSummary } from '$lib/domain/analysis';
import type { Network } from './network';
import type { Partition } from './communities';

/** The projection in figures: size, density, components, communities and modularity. */
export function summarise(network: Network, partition: Partition): AnalysisSummary {
	const components = connectedComponents(network);
	let totalWeight = 0;
	network.forEachEdge((_edge, attributes) => void (totalWeight += attributes.weight));
	return {
		nodes: network.order,
		edges: network.size,
		density: network.order > 1 ? undirectedDensity(network) : 0,
		components: components.length,
		largestComponent: Math.max(0, ...components.map((component) => component.length)),
		isolated: network.filterNodes((node) => network.degree(node) === 0).length,
		communities: partition.communities.length,
		modularity: partition.modularity,
		totalWeight
	};
}

/** How many nodes have each degree, by increasing degree; degrees nobody has are left out. */
export function degreeDistribution(network: Network): AnalysisResult['degreeDistribution'] {
	const counts = new Map<number, number>();
	network.forEachNode((node) => void counts.set(network.degree(node), (counts.get(network.degree(node)) ?? 0) + 1));
	return [...counts.entries()].sort(([a], [b]) => a - b).map(([degree, count]) => ({ degree, count }));
}
