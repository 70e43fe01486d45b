import { UndirectedGraph } from 'graphology';
import { kindOf, type EntityKind } from '$lib/domain/model';
import type { Plain } from '$lib/server/db/records';

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

type Row = { [key: string]: Plain };

/**
 * Builds the network from the rows of a `cypher/analysis/list-*` statement: `source` (a node
 * map), `target` (a node map, or null for a row that only names `source`), `weight` and `via`.
 * A node without an id or a known kind is skipped with its links; a pair given twice keeps the
 * heavier link, so the network stays simple whatever the statement returns.
 */
export function networkFromRows(rows: readonly Row[]): Network {
	const network: Network = new UndirectedGraph();
	for (const row of rows) {
		const source = addNode(network, row.source);
		const target = addNode(network, row.target);
		const weight = typeof row.weight === 'number' ? row.weight : 0;
		if (!source || !target || source === target || !(weight > 0)) continue;
		const via = Array.isArray(row.via) ? row.via.filter((item): item is string => typeof item === 'string') : [];
		const existing = network.edge(source, target);
		if (existing === undefined) network.addEdge(source, target, { weight, via });
		else if (network.getEdgeAttribute(existing, 'weight') < weight) network.replaceEdgeAttributes(existing, { weight, via });
	}
	return network;
}

function addNode(network: Network, value: Plain | undefined): string | undefined {
	if (!value || typeof value !== 'object' || Array.isArray(value) || typeof value.id !== 'string') return undefined;
	const labels = Array.isArray(value.labels) ? value.labels.filter((label): label is string => typeof label === 'string') : [];
	const kind = kindOf(labels);
	if (!kind) return undefined;
	network.mergeNode(value.id, { name: typeof value.name === 'string' ? value.name : value.id, kind, labels });
	return value.id;
}
