import type { Core } from 'cytoscape';
import type { GraphEdge, GraphNode, GraphPayload, PathsPayload } from '$lib/domain/graph';
import { setClass } from '$lib/graph-view/classes';

type Path = PathsPayload['paths'][number];

export interface PathStep {
	from: GraphNode;
	to: GraphNode;
	edge: GraphEdge;
	/** 'out' when the relationship points from `from` to `to`, as it is read. */
	direction: 'out' | 'in';
}

/**
 * The steps of a path, in order: each pair of consecutive nodes with the relationship between
 * them, and which way it points. Steps whose relationship is missing are left out.
 */
export function pathSteps(path: Path): PathStep[] {
	return path.nodes.slice(1).flatMap((to, index) => {
		const from = path.nodes[index];
		const joins = (edge: GraphEdge) =>
			(edge.source === from.id && edge.target === to.id) || (edge.source === to.id && edge.target === from.id);
		const edge = joins(path.edges[index] ?? ({} as GraphEdge)) ? path.edges[index] : path.edges.find(joins);
		return edge ? [{ from, to, edge, direction: edge.source === from.id ? 'out' : 'in' } as const] : [];
	});
}

/**
 * A path as a sentence: "Tenerrdis — collabore avec → Grenoble — dans → Isère", with the words
 * of `relationship.<TYPE>.out` or `.in` depending on which way each relationship points.
 */
export function pathSentence(path: Path, t: (key: string) => string): string {
	const steps = pathSteps(path);
	if (steps.length === 0) return path.nodes[0]?.name ?? '';
	return steps[0].from.name + steps.map((step) => ` — ${t(`relationship.${step.edge.type}.${step.direction}`)} → ${step.to.name}`).join('');
}

/** Every node and edge of a set of paths, once each, as one payload to draw. */
export function pathsPayload(paths: PathsPayload): GraphPayload {
	const nodes = new Map<string, GraphNode>();
	const edges = new Map<string, GraphEdge>();
	for (const path of paths.paths) {
		for (const node of path.nodes) nodes.set(node.id, node);
		for (const edge of path.edges) edges.set(edge.id, edge);
	}
	return { nodes: [...nodes.values()], edges: [...edges.values()], truncated: paths.truncated };
}

/** Highlights the given elements (class `highlighted`) and mutes every other; no ids: back to normal. */
export function highlight(cy: Core, ids: readonly string[]): void {
	const chosen = new Set(ids);
	cy.batch(() => {
		setClass(cy.elements(), 'highlighted', (element) => chosen.has(element.id()));
		setClass(cy.elements(), 'muted', (element) => chosen.size > 0 && !chosen.has(element.id()));
	});
}
