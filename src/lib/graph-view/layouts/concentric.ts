import type { Core, LayoutOptions, NodeSingular } from 'cytoscape';
import { biggestNode, hopsFrom, type CommonOptions } from './shown';

/** Rings by distance from the focus (else the best-connected node); nodes not linked to it go to the outer ring. */
export function concentricOptions(cy: Core, common: CommonOptions, focus?: string): LayoutOptions {
	const centre = focus ?? biggestNode(cy);
	const distances = centre ? distancesFrom(cy, centre) : new Map<string, number>();
	const deepest = Math.max(0, ...distances.values()) + 1;
	return {
		name: 'concentric',
		...common,
		concentric: (node: NodeSingular) => deepest - (distances.get(node.id()) ?? deepest),
		levelWidth: () => 1,
		minNodeSpacing: 18,
		avoidOverlap: true
	};
}

/** Undirected hop counts from a node through what the view shows. */
export function distancesFrom(cy: Core, start: string): Map<string, number> {
	return new Map([[start, 0], ...hopsFrom(cy, [start])]);
}
