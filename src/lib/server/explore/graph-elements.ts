import type { GraphEdge, GraphNode } from '$lib/domain/graph';

/**
 * One edge per id. The graph may hold the same link twice with different roles (the seed merges
 * on type, ends and role); the view draws one line, so their citations are pooled on the first.
 */
export function mergeEdges(edges: Iterable<GraphEdge>): GraphEdge[] {
	const byId = new Map<string, GraphEdge>();
	for (const edge of edges) {
		const seen = byId.get(edge.id);
		if (!seen) byId.set(edge.id, edge);
		else byId.set(edge.id, { ...seen, sources: [...seen.sources, ...edge.sources], evidence: [...seen.evidence, ...edge.evidence] });
	}
	return [...byId.values()];
}

/** Nodes in the order of `ids` (the first id first), each once; ids without a node are skipped. */
export function orderNodes(nodes: Iterable<GraphNode>, ids: readonly string[]): GraphNode[] {
	const byId = new Map<string, GraphNode>();
	for (const node of nodes) byId.set(node.id, node);
	const ordered: GraphNode[] = [];
	for (const id of new Set(ids)) {
		const node = byId.get(id);
		if (node) ordered.push(node);
	}
	return ordered;
}
