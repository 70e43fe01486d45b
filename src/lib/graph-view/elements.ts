import type { Core, EdgeDefinition, ElementDefinition, NodeCollection, NodeDefinition, Position } from 'cytoscape';
import type { GraphEdge, GraphNode, GraphPayload } from '$lib/domain/graph';
import type { ClusterKind, EntityKind, ProjectStatus, RelationshipType, TerritoryPhase } from '$lib/domain/model';
import { NODE_SIZE } from './style';

/** What every node of the explorer carries in `data()`: the API node, renamed for Cytoscape. */
export interface NodeData {
	id: string;
	/** The name, shown as the node's label. */
	label: string;
	kind: EntityKind;
	labels: string[];
	funder: boolean;
	description?: string;
	lat?: number;
	lon?: number;
	phase?: TerritoryPhase;
	status?: ProjectStatus;
	/** A cluster's controlled kind: a pôle de compétitivité is drawn and named as one. */
	clusterKind?: ClusterKind;
	startYear?: number;
	endYear?: number;
	/** Relationships in the whole graph, not only in the view. */
	degree: number;
	/** Sum of FUNDS amounts received, in euros (0 when none is known). */
	funding: number;
	/** Diameter in model pixels, set from the chosen measure by `applySizes`. */
	size: number;
}

/** What every edge carries in `data()`. */
export interface EdgeData {
	id: string;
	source: string;
	target: string;
	type: RelationshipType;
	/** The relationship as words ("finance"); the type itself until a translation is given. */
	label: string;
	role?: string;
	amount?: number;
	year?: number;
	since?: number;
	sources: string[];
	evidence: string[];
	/** Line width in pixels: FUNDS grow with their amount, the rest stay thin. */
	width: number;
}

/** Names a relationship type for an edge label; the default leaves the type as it is. */
export type EdgeLabeller = (type: RelationshipType) => string;

/**
 * Line width of an edge: 1.5 px, and for funding a logarithmic scale from 2 px (10 k€ or less)
 * to 9 px (100 M€ or more), so that a 50 M€ grant and a 20 k€ one are told apart at a glance.
 */
export function edgeWidth(type: RelationshipType, amount?: number): number {
	if (type !== 'FUNDS') return 1.5;
	if (amount === undefined || amount <= 0) return 2;
	const position = (Math.log10(amount) - 4) / 4;
	return Math.round((2 + 7 * Math.min(1, Math.max(0, position))) * 10) / 10;
}

/**
 * Cytoscape classes of a node: its kind, `funder` for `:Funder` nodes (drawn as diamonds), and
 * `pole` for a pôle de compétitivité (a double ring sets it apart from other clusters).
 */
export function nodeClasses(node: Pick<GraphNode, 'kind' | 'labels' | 'clusterKind'>): string[] {
	return [
		`kind-${node.kind}`,
		...(node.labels.includes('Funder') ? ['funder'] : []),
		...(node.clusterKind === 'pole-de-competitivite' ? ['pole'] : [])
	];
}

/** The Cytoscape definition of one API node. */
export function nodeElement(node: GraphNode): NodeDefinition {
	const data: NodeData = {
		id: node.id,
		label: node.name,
		kind: node.kind,
		labels: node.labels,
		funder: node.labels.includes('Funder'),
		degree: node.degree ?? 0,
		funding: node.fundingReceivedEur ?? 0,
		size: NODE_SIZE.default,
		...optional({
			description: node.description,
			lat: node.lat,
			lon: node.lon,
			phase: node.phase,
			status: node.status,
			clusterKind: node.clusterKind,
			startYear: node.startYear,
			endYear: node.endYear
		})
	};
	return { group: 'nodes', data, classes: nodeClasses(node) };
}

/** The Cytoscape definition of one API edge. */
export function edgeElement(edge: GraphEdge, labeller: EdgeLabeller = (type) => type): EdgeDefinition {
	const data: EdgeData = {
		id: edge.id,
		source: edge.source,
		target: edge.target,
		type: edge.type,
		label: edgeLabel(edge.type, undefined, labeller),
		sources: edge.sources,
		evidence: edge.evidence,
		width: edgeWidth(edge.type, edge.amountEur),
		...optional({ role: edge.role, amount: edge.amountEur, year: edge.year, since: edge.since })
	};
	return { group: 'edges', data, classes: [`type-${edge.type}`] };
}

/** Every element of a payload, nodes first; edges whose ends are not in the payload are left out. */
export function toElements(payload: GraphPayload, labeller?: EdgeLabeller): ElementDefinition[] {
	const ids = new Set(payload.nodes.map((node) => node.id));
	const nodes = uniqueBy(payload.nodes, (node) => node.id).map(nodeElement);
	const edges = uniqueBy(payload.edges, (edge) => edge.id)
		.filter((edge) => ids.has(edge.source) && ids.has(edge.target))
		.map((edge) => edgeElement(edge, labeller));
	return [...nodes, ...edges];
}

export interface MergeOptions {
	labeller?: EdgeLabeller;
	/** Where new nodes start (around it: `arrivalPosition`), so an incremental layout does not fling them far away. */
	around?: Position;
	/** Ids that must not come back as nodes (members folded into a group): their edges are left out too. */
	skip?: ReadonlySet<string>;
}

export interface MergeResult {
	/** The nodes the payload added (not those already there). */
	nodes: NodeCollection;
	addedNodes: number;
	addedEdges: number;
}

/**
 * Adds a payload to a graph without duplicates: nodes and edges already present keep their
 * position, classes and selection, and only refresh their data (a newer degree, say). Edges whose
 * ends are neither in the graph nor in the payload are left out.
 */
export function mergePayload(cy: Core, payload: GraphPayload, options: MergeOptions = {}): MergeResult {
	const skip = options.skip ?? new Set<string>();
	const fresh: ElementDefinition[] = [];
	const newNodes = uniqueBy(payload.nodes, (node) => node.id).filter((node) => !skip.has(node.id));
	const ring = newNodes.filter((node) => cy.getElementById(node.id).empty());
	ring.forEach((node, index) => {
		const definition = nodeElement(node);
		if (options.around) definition.position = arrivalPosition(options.around, index, ring.length);
		fresh.push(definition);
	});
	for (const node of newNodes) {
		const existing = cy.getElementById(node.id);
		if (existing.nonempty()) existing.data(mutable(nodeElement(node).data));
	}
	// A set, not a search of `ring`: a 10,000-edge payload would otherwise cost edges × nodes checks.
	const arriving = new Set(ring.map((node) => node.id));
	const present = (id: string) => !skip.has(id) && (arriving.has(id) || cy.getElementById(id).nonempty());
	let addedEdges = 0;
	for (const edge of uniqueBy(payload.edges, (candidate) => candidate.id)) {
		if (!present(edge.source) || !present(edge.target)) continue;
		const existing = cy.getElementById(edge.id);
		if (existing.nonempty()) {
			existing.data(mutable(edgeElement(edge, options.labeller).data));
			continue;
		}
		fresh.push(edgeElement(edge, options.labeller));
		addedEdges++;
	}
	const added = cy.add(fresh);
	return { nodes: added.nodes(), addedNodes: ring.length, addedEdges };
}

/**
 * The view back as API nodes and edges (what exports write), with where each node is drawn.
 * Only what is shown: nodes a person hid or a filter hides are left out, and so are group nodes
 * and their summary edges, which stand for no entity or relationship of the graph.
 */
export function viewPayload(cy: Core): { nodes: GraphNode[]; edges: GraphEdge[]; positions: Record<string, Position> } {
	const nodes = cy.nodes().not('.group, .hidden, .filtered').nodes();
	const edges = cy
		.edges()
		.not('.group-edge, .filtered')
		.edges()
		.filter((edge) => nodes.contains(edge.source()) && nodes.contains(edge.target()));
	const positions: Record<string, Position> = {};
	nodes.forEach((node) => void (positions[node.id()] = { ...node.position() }));
	return {
		nodes: nodes.map((node) => {
			const data = node.data() as NodeData;
			return {
				id: data.id,
				name: data.label,
				kind: data.kind,
				labels: data.labels,
				...optional({
					description: data.description,
					lat: data.lat,
					lon: data.lon,
					phase: data.phase,
					status: data.status,
					clusterKind: data.clusterKind,
					startYear: data.startYear,
					endYear: data.endYear,
					degree: data.degree,
					fundingReceivedEur: data.funding > 0 ? data.funding : undefined
				})
			};
		}),
		edges: edges.map((edge) => {
			const data = edge.data() as EdgeData;
			return {
				id: data.id,
				source: data.source,
				target: data.target,
				type: data.type,
				sources: data.sources,
				evidence: data.evidence,
				...optional({ role: data.role, amountEur: data.amount, year: data.year, since: data.since })
			};
		}),
		positions
	};
}

/** The words on an edge; an edge standing for several (out of a group) says how many. */
export function edgeLabel(type: RelationshipType, count?: number, labeller: EdgeLabeller = (name) => name): string {
	return count && count > 1 ? `${labeller(type)} ×${count}` : labeller(type);
}

/** Relabels every edge, when the interface language changes. */
export function relabelEdges(cy: Core, labeller: EdgeLabeller): void {
	cy.batch(() => cy.edges().forEach((edge) => void edge.data('label', edgeLabel(edge.data('type'), edge.data('count'), labeller))));
}

/** Data without the fields Cytoscape forbids changing once an element exists, nor the size the view computed. */
function mutable(data: object): Record<string, unknown> {
	const { id: _id, source: _source, target: _target, size: _size, ...rest } = data as Record<string, unknown>;
	return rest;
}

/** Up to this many arrivals go on a ring; more fill a disc. */
const RING_MOST = 24;
/** Room each arrival gets in a disc, in graph units (a node is about 30 wide). */
const DISC_SPACING = 42;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Where the `index`-th of `count` new neighbours starts, around the node they came from: a ring
 * for a few, a disc filled evenly (a sunflower spiral) for many. A ring of 707 communes was
 * 8,800 units wide around a speck; the disc holding them is about 2,300.
 */
export function arrivalPosition(centre: Position, index: number, count: number): Position {
	if (count <= RING_MOST) {
		const radius = 60 + 6 * count;
		const angle = (2 * Math.PI * index) / Math.max(count, 1);
		return { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
	}
	const radius = 70 + DISC_SPACING * Math.sqrt(index + 0.5);
	const angle = index * GOLDEN_ANGLE;
	return { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
	const seen = new Set<string>();
	return items.filter((item) => {
		const id = key(item);
		if (seen.has(id)) return false;
		seen.add(id);
		return true;
	});
}

/** Drops undefined values: Cytoscape keeps keys it is given, and `data('lat') === undefined` must mean "unknown". */
function optional<T extends Record<string, unknown>>(values: T): Partial<T> {
	return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}
