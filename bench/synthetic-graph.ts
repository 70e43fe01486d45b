import type { Position } from 'cytoscape';
import type { GraphEdge, GraphNode, GraphPayload } from '$lib/domain/graph';
import { edgeId } from '$lib/domain/graph';
import type { EntityKind, RelationshipType } from '$lib/domain/model';
import { seededRandom } from '$lib/seeded-random';

/**
 * Synthetic explorer views for the render benchmark: what the graph API would answer for a view
 * of `nodes` entities and `edges` relationships, shaped like the real graph (communities around a
 * cluster or a territory, a few hubs, most links inside a community) so that layouts and
 * renderers meet the work they meet on real data. Deterministic: the same size gives the same graph.
 */
export interface SyntheticGraph {
	payload: GraphPayload;
	/** Where a finished layout would have put each node (communities on a spiral), as a shared link carries them. */
	positions: Record<string, Position>;
}

/** Share of each kind among the nodes, roughly as in a real neighbourhood. */
const kindShares: [EntityKind, number][] = [
	['Company', 0.5],
	['Project', 0.15],
	['Cluster', 0.05],
	['Territory', 0.05],
	['PublicBody', 0.06],
	['Support', 0.05],
	['Academic', 0.05],
	['Theme', 0.05],
	['Commune', 0.04]
];

/** Nodes per community, about the size of a cluster with its members and projects. */
const COMMUNITY = 40;
/** Share of edges inside a community (the rest link two communities). */
const INSIDE = 0.85;

/** The type a real edge between these kinds would have. */
function relationship(source: EntityKind, target: EntityKind, random: () => number): RelationshipType {
	if (target === 'Cluster') return 'MEMBER_OF';
	if (target === 'Project') return source === 'PublicBody' ? 'FUNDS' : 'PARTICIPATES_IN';
	if (target === 'Theme') return 'ADDRESSES';
	if (target === 'Territory') return source === 'Company' ? 'LOCATED_IN' : 'PART_OF';
	if (target === 'Commune') return 'LOCATED_IN';
	return random() < 0.3 ? 'ANIMATES' : 'COLLABORATES_WITH';
}

/** A view of `nodeCount` entities and exactly `edgeCount` distinct relationships among them. */
export function syntheticGraph(nodeCount: number, edgeCount: number, seed = 1): SyntheticGraph {
	const random = seededRandom(seed);
	const communities = Math.max(1, Math.round(nodeCount / COMMUNITY));
	const kinds: EntityKind[] = [];
	for (const [kind, share] of kindShares) for (let i = 0; i < Math.round(share * nodeCount); i++) kinds.push(kind);
	while (kinds.length < nodeCount) kinds.push('Company');
	kinds.length = nodeCount;
	// Shuffled, so every community gets a mix of kinds.
	for (let i = kinds.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[kinds[i], kinds[j]] = [kinds[j], kinds[i]];
	}
	const members: number[][] = Array.from({ length: communities }, () => []);
	kinds.forEach((_, index) => members[index % communities].push(index));
	const communityOf = (index: number) => index % communities;

	// Hubs draw more links: the first member of each community is its cluster-like centre.
	const pick = (list: number[]) => (random() < 0.3 ? list[0] : list[Math.floor(random() * list.length)]);
	const seen = new Set<string>();
	const edges: GraphEdge[] = [];
	const degree = new Array<number>(nodeCount).fill(0);
	const ids = kinds.map((_, index) => `s${index + 1}`);
	for (let attempts = 0; edges.length < edgeCount && attempts < edgeCount * 50; attempts++) {
		const home = members[Math.floor(random() * communities)];
		const a = pick(home);
		const b = random() < INSIDE ? pick(home) : pick(members[Math.floor(random() * communities)]);
		if (a === b) continue;
		const type = relationship(kinds[a], kinds[b], random);
		const id = edgeId(type, ids[a], ids[b]);
		const reverse = edgeId(type, ids[b], ids[a]);
		if (seen.has(id) || seen.has(reverse)) continue;
		seen.add(id);
		degree[a]++;
		degree[b]++;
		edges.push({
			id,
			source: ids[a],
			target: ids[b],
			type,
			...(type === 'FUNDS' ? { amountEur: Math.round(10 ** (4 + 4 * random())) } : {}),
			sources: ['bench#synthetic'],
			evidence: []
		});
	}
	if (edges.length < edgeCount) throw new Error(`only ${edges.length} distinct edges fit among ${nodeCount} nodes`);

	const nodes: GraphNode[] = kinds.map((kind, index) => ({
		id: ids[index],
		name: `${kind} ${index + 1}`,
		kind,
		labels: ['Entity', kind, ...(kind === 'PublicBody' && index % 2 === 0 ? ['Funder'] : [])],
		// Degree in "the whole graph": a little more than in the view, as for real neighbourhoods.
		degree: degree[index] + Math.floor(random() * 4),
		...(kind === 'Company' || kind === 'Commune' ? { lat: 43 + 6 * random(), lon: -1 + 7 * random() } : {})
	}));
	return { payload: { nodes, edges, truncated: false }, positions: spiralPositions(members, communityOf, nodeCount) };
}

/**
 * Communities on a golden-angle spiral, each a small spiral of its members: about 70 model
 * pixels per node, the density fcose gives the explorer's graphs.
 */
function spiralPositions(members: number[][], communityOf: (index: number) => number, nodeCount: number): Record<string, Position> {
	const golden = 2.39996;
	const communityRadius = 70 * Math.sqrt(COMMUNITY) * 0.75;
	const positions: Record<string, Position> = {};
	const centres = members.map((_, community) => {
		const radius = 2.2 * communityRadius * Math.sqrt(community);
		return { x: radius * Math.cos(community * golden), y: radius * Math.sin(community * golden) };
	});
	for (let index = 0; index < nodeCount; index++) {
		const community = communityOf(index);
		const rank = members[community].indexOf(index);
		const centre = centres[community];
		const radius = 70 * 0.55 * Math.sqrt(rank);
		positions[`s${index + 1}`] = {
			x: Math.round(centre.x + radius * Math.cos(rank * golden)),
			y: Math.round(centre.y + radius * Math.sin(rank * golden))
		};
	}
	return positions;
}
