import type { Core, LayoutOptions, NodeSingular } from 'cytoscape';
import { biggestNode, SHOWN, type CommonOptions } from './shown';

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
	const distances = new Map<string, number>([[start, 0]]);
	let frontier = cy.getElementById(start).filter(SHOWN).nodes();
	for (let depth = 1; frontier.nonempty(); depth++) {
		const next = frontier
			.neighborhood()
			.nodes()
			.filter(SHOWN)
			.filter((node) => !distances.has(node.id()));
		next.forEach((node) => void distances.set(node.id(), depth));
		frontier = next;
	}
	return distances;
}
