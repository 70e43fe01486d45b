import { UndirectedGraph } from 'graphology';
import type { EntityKind } from '$lib/domain/model';
import type { ProjectionRow } from '$lib/server/db/rows';

export interface NodeAttributes {
	name: string;
	kind: EntityKind;
	labels: string[];
}

export interface EdgeAttributes {
	weight: number;
	via: string[];
}

/** A projection as graphology holds it: undirected, simple, weighted. */
export type Network = UndirectedGraph<NodeAttributes, EdgeAttributes>;

/**
 * Builds the network from the parsed rows of a `cypher/analysis/list-*` statement (`projectionRow`:
 * a node without an id or a known kind reads as absent). A row with one end only adds that node;
 * a pair given twice keeps the heavier link, so the network stays simple whatever the statement
 * returns.
 */
export function networkFromRows(rows: readonly ProjectionRow[]): Network {
	const network: Network = new UndirectedGraph();
	for (const { source, target, weight, via } of rows) {
		for (const node of [source, target]) if (node) network.mergeNode(node.id, { name: node.name, kind: node.kind, labels: node.labels });
		if (!source || !target || source.id === target.id || !(weight > 0)) continue;
		const existing = network.edge(source.id, target.id);
		if (existing === undefined) network.addEdge(source.id, target.id, { weight, via });
		else if (network.getEdgeAttribute(existing, 'weight') < weight) network.replaceEdgeAttributes(existing, { weight, via });
	}
	return network;
}
