import { edgeId, graphPayloadSchema, type GraphEdge, type GraphNode, type GraphPayload } from '$lib/domain/graph';
import type { RelationshipType } from '$lib/domain/model';

/**
 * Hand-built payloads for the explorer's unit tests, parsed with the API schema so that they
 * stay what the server sends. The names and ids are those of the curated graph.
 */
type NodeInput = Omit<GraphNode, 'labels'> & { labels?: string[] };

/** A node with `:Entity` and its kind label added. */
export function node(input: NodeInput): GraphNode {
	return { ...input, labels: input.labels ?? ['Entity', input.kind] };
}

/** An edge with its id, and citations when given. */
export function edge(
	type: RelationshipType,
	source: string,
	target: string,
	extra: { amountEur?: number; year?: number; role?: string; sources?: string[]; evidence?: string[] } = {}
): GraphEdge {
	return { id: edgeId(type, source, target), type, source, target, sources: [], evidence: [], ...extra };
}

/** A payload, checked against the API schema. */
export function payload(nodes: GraphNode[], edges: GraphEdge[], truncated = false, limit?: number): GraphPayload {
	return graphPayloadSchema.parse({ nodes, edges, truncated, ...(limit === undefined ? {} : { limit }) });
}

/** Ecosystem Cléon 4.0, animated by CCI Rouen Métropole, in Cléon (Seine-Maritime, Normandie). */
export function cleonNeighbourhood(): GraphPayload {
	return payload(
		[
			node({ id: 'ecosystem-cleon-4-0', name: 'Ecosystem Cléon 4.0', kind: 'Cluster', degree: 6, fundingReceivedEur: 250_000 }),
			node({ id: 'cci-rouen-metropole', name: 'CCI Rouen Métropole', kind: 'Support', degree: 4 }),
			node({ id: 'commune-76178', name: 'Cléon', kind: 'Commune', lat: 49.3125, lon: 1.0433, degree: 3 }),
			node({ id: 'departement-76', name: 'Seine-Maritime', kind: 'Department', lat: 49.655, lon: 1.0275, degree: 700 }),
			node({ id: 'region-28', name: 'Normandie', kind: 'Region', lat: 49.12, lon: 0.11, degree: 5 }),
			node({ id: 'decarbonation', name: 'Décarbonation', kind: 'Theme', degree: 40 }),
			node({ id: 'ademe', name: 'ADEME', kind: 'PublicBody', labels: ['Entity', 'PublicBody', 'Actor', 'Funder'], degree: 30 })
		],
		[
			edge('ANIMATES', 'cci-rouen-metropole', 'ecosystem-cleon-4-0', {
				sources: ['france-clusters-2024#Fiche 3'],
				evidence: ['animé par la CCI Rouen Métropole']
			}),
			edge('LOCATED_IN', 'ecosystem-cleon-4-0', 'commune-76178'),
			edge('IN', 'commune-76178', 'departement-76'),
			edge('IN', 'departement-76', 'region-28'),
			edge('ADDRESSES', 'ecosystem-cleon-4-0', 'decarbonation'),
			edge('FUNDS', 'ademe', 'ecosystem-cleon-4-0', { amountEur: 250_000, year: 2022 })
		]
	);
}
