import cytoscape, { type Core, type LayoutOptions, type NodeSingular, type Position } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { EntityKind, RelationshipType } from '$lib/domain/model';
import { setClass } from './classes';
import { project, projectPlain } from './projection';
import { fcosePlan, isLargeView, type ViewSize } from './scale';

// Registered once, when the module first loads: `cytoscape.use` warns on a second registration.
cytoscape.use(fcose);

export const layoutNames = ['fcose', 'concentric', 'breadthfirst', 'geographic'] as const;
export type LayoutName = (typeof layoutNames)[number];

export interface LayoutContext {
	/** The node the view is about: the centre of the concentric layout, a root of the hierarchy. */
	focus?: string;
	/** New nodes joined a laid-out graph: keep the others roughly where they are. */
	incremental?: boolean;
	/** Off in tests and for people who prefer reduced motion. */
	animate?: boolean;
}

/** What a layout applies to: whatever the view shows (filtered-out nodes take no room). */
const SHOWN = ':visible';
const DURATION = 450;
/** Fitting a few nodes must not blow them up: layouts never zoom in further than this. */
export const FIT_MAX_ZOOM = 1.5;

/**
 * The options of each layout. Pinned nodes (class `pinned`) keep their place everywhere: fcose
 * fixes them by constraint, the other layouts leave them out of the nodes they move.
 */
export function layoutOptions(cy: Core, name: LayoutName, context: LayoutContext = {}): LayoutOptions {
	const size = shownSize(cy);
	// Moving thousands of nodes at once is no animation, only a slower page.
	const animate = (context.animate ?? true) && !isLargeView(size);
	const common = { animate, animationDuration: DURATION, fit: true, padding: 40 };
	switch (name) {
		case 'fcose': {
			const pinned = cy.nodes('.pinned').filter(SHOWN).nodes();
			const plan = fcosePlan(size, context.incremental ?? false, animate);
			return {
				name: 'fcose',
				...common,
				// 'default' = spectral start + incremental refinement; incremental runs start from the current positions.
				// 'draft' (large views) = the spectral start alone.
				quality: plan.run ? plan.quality : 'default',
				randomize: plan.run ? plan.randomize : !context.incremental,
				nodeDimensionsIncludeLabels: false,
				// Without cytoscape-layout-utilities fcose cannot pack components, and warns if asked.
				packComponents: false,
				nodeRepulsion: () => 9000,
				idealEdgeLength: () => 90,
				nodeSeparation: 90,
				fixedNodeConstraint: pinned.length > 0 ? pinned.map((node) => ({ nodeId: node.id(), position: { ...node.position() } })) : undefined
			} as LayoutOptions;
		}
		case 'concentric': {
			const centre = context.focus ?? biggestNode(cy);
			const distances = centre ? distancesFrom(cy, centre) : new Map<string, number>();
			const deepest = Math.max(0, ...distances.values()) + 1;
			return {
				name: 'concentric',
				...common,
				// Rings by distance from the focus; nodes not linked to it go to the outer ring.
				concentric: (node: NodeSingular) => deepest - (distances.get(node.id()) ?? deepest),
				levelWidth: () => 1,
				minNodeSpacing: 18,
				avoidOverlap: true
			};
		}
		case 'breadthfirst': {
			// Breadth-first levels from the roots, drawn top-down; wide levels wrap into several rows
			// (Cytoscape's own breadthfirst puts a level on one line, too thin to read past 20 nodes).
			const placed = hierarchyPositions(cy, hierarchyRoots(cy, context.focus));
			return { name: 'preset', ...common, positions: Object.fromEntries(placed) };
		}
		case 'geographic': {
			const placed = geographicPositions(cy, '*');
			const shown = cy.nodes(SHOWN).map((node) => placed.get(node.id())?.position ?? node.position());
			return {
				name: 'preset',
				...common,
				// A map, not a function: Cytoscape calls a function with the node, though its types say the id.
				positions: Object.fromEntries([...placed].map(([id, placement]) => [id, placement.position])),
				// Never closer than the scale of a département, so the map around stays readable.
				...framing(cy, shown, common.padding, Math.min(1.2, FIT_MAX_ZOOM))
			};
		}
	}
}

/**
 * Runs a layout and resolves when it stops. Outside fcose, pinned nodes are left out of the
 * layout's nodes; in the geographic layout every other node is (un)marked `approximate`.
 */
export async function runLayout(cy: Core, name: LayoutName, context: LayoutContext = {}): Promise<void> {
	if (cy.nodes(SHOWN).empty()) return;
	// Places are facts: the geographic layout places filtered-out nodes too, ready for when they return.
	const scope = name === 'geographic' ? cy.elements() : cy.elements(SHOWN);
	markApproximate(cy, name === 'geographic');
	// A large view that grew keeps its layout: the new nodes stay where they were put (see scale.ts).
	if (name === 'fcose' && !fcosePlan(shownSize(cy), context.incremental ?? false, false).run) return;
	const movable = name === 'fcose' ? scope : scope.difference(cy.nodes('.pinned'));
	const layout = movable.layout(layoutOptions(cy, name, context));
	const stopped = layout.promiseOn('layoutstop');
	layout.run();
	await stopped;
	if (cy.zoom() > FIT_MAX_ZOOM && cy.width() > 0) {
		const centre = { x: cy.width() / 2, y: cy.height() / 2 };
		cy.zoom({ level: FIT_MAX_ZOOM, renderedPosition: centre });
	}
}

/** Nodes and elements the layouts work on. */
function shownSize(cy: Core): ViewSize {
	const shown = cy.elements(SHOWN);
	return { nodes: shown.nodes().length, elements: shown.length };
}

/**
 * Zoom and pan that show `points` with `padding` pixels around them, never zooming past
 * `maxZoom`; nothing (so the layout fits by itself) when the graph has no size on screen.
 */
export function framing(
	cy: Core,
	points: Position[],
	padding: number,
	maxZoom: number
): { fit: false; zoom: number; pan: Position } | object {
	const width = cy.width();
	const height = cy.height();
	if (width <= 2 * padding || height <= 2 * padding || points.length === 0) return {};
	// Half the largest node beyond each point, so nodes at the edge are not cut.
	const margin = 32;
	const xs = points.map((point) => point.x);
	const ys = points.map((point) => point.y);
	const [x1, x2, y1, y2] = [Math.min(...xs) - margin, Math.max(...xs) + margin, Math.min(...ys) - margin, Math.max(...ys) + margin];
	const zoom = Math.min(maxZoom, (width - 2 * padding) / (x2 - x1), (height - 2 * padding) / (y2 - y1));
	return { fit: false, zoom, pan: { x: width / 2 - (zoom * (x1 + x2)) / 2, y: height / 2 - (zoom * (y1 + y2)) / 2 } };
}

/** Marks (dashed border) the nodes the map places at a borrowed place; with `onMap` false, unmarks all. */
export function markApproximate(cy: Core, onMap: boolean): void {
	const placed = onMap ? geographicPositions(cy, '*') : new Map<string, GeoPlacement>();
	cy.batch(() => setClass(cy.nodes(), 'approximate', (node) => placed.get(node.id())?.approximate ?? false));
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

/** Top-down order of the hierarchy: programmes and régions first, communes last. */
const hierarchy: Partial<Record<EntityKind, number>> = {
	Programme: 0,
	Region: 0,
	Territory: 1,
	Department: 1,
	Cluster: 2,
	EPCI: 2,
	Project: 3,
	Commune: 3
};

/** Rank of a kind in the hierarchical layout (actors and the rest sit between EPCI and communes). */
export function hierarchyRank(kind: EntityKind): number {
	return hierarchy[kind] ?? 2.5;
}

/** Spacing of the hierarchical layout, in model pixels. */
const ROW = { column: 78, line: 70, level: 130 } as const;

/**
 * Positions of the hierarchical layout: each node on the level of its hop count from the nearest
 * root (nodes out of reach on a last level), levels top-down, each level sorted by kind then name
 * and wrapped into rows of at most √n × 1.6 nodes so that the drawing stays about as wide as tall.
 */
export function hierarchyPositions(cy: Core, roots: readonly string[]): Map<string, Position> {
	const shown = cy.nodes(SHOWN);
	const depth = new Map<string, number>();
	let frontier = shown.filter((node) => roots.includes(node.id()));
	frontier.forEach((node) => void depth.set(node.id(), 0));
	for (let level = 1; frontier.nonempty(); level++) {
		const next = frontier
			.neighborhood()
			.nodes()
			.filter(SHOWN)
			.filter((node) => !depth.has(node.id()));
		next.forEach((node) => void depth.set(node.id(), level));
		frontier = next;
	}
	const deepest = Math.max(-1, ...depth.values()) + 1;
	const levels: NodeSingular[][] = [];
	shown.forEach((node) => {
		const level = depth.get(node.id()) ?? deepest;
		(levels[level] ??= []).push(node);
	});
	const perRow = Math.max(8, Math.ceil(Math.sqrt(shown.length) * 1.6));
	const positions = new Map<string, Position>();
	let y = 0;
	for (const nodes of levels.filter(Boolean)) {
		nodes.sort(
			(a, b) =>
				hierarchyRank(a.data('kind')) - hierarchyRank(b.data('kind')) ||
				String(a.data('label')).localeCompare(String(b.data('label')), 'fr')
		);
		for (let start = 0; start < nodes.length; start += perRow) {
			const row = nodes.slice(start, start + perRow);
			// Every other row shifted by half a column, so edges from above do not run along a column.
			const shift = (start / perRow) % 2 === 1 ? ROW.column / 2 : 0;
			row.forEach((node, index) => positions.set(node.id(), { x: (index - (row.length - 1) / 2) * ROW.column + shift, y }));
			y += ROW.line;
		}
		y += ROW.level - ROW.line;
	}
	return positions;
}

/**
 * Roots of the hierarchy: the programmes, régions or territories shown (territory → EPCI →
 * commune, programme → project), else the départements and EPCI, else the focus, else the
 * best-connected node.
 */
export function hierarchyRoots(cy: Core, focus?: string): string[] {
	const shown = cy.nodes(SHOWN);
	for (const kinds of [
		['Programme', 'Region', 'Territory'],
		['Department', 'EPCI']
	]) {
		const roots = shown.filter((node) => kinds.includes(node.data('kind')));
		if (roots.nonempty()) return roots.map((node) => node.id());
	}
	const fallback = focus && cy.getElementById(focus).nonempty() ? focus : biggestNode(cy);
	return fallback ? [fallback] : [];
}

function biggestNode(cy: Core): string | undefined {
	const shown = cy.nodes(SHOWN);
	if (shown.empty()) return undefined;
	return shown.max((node) => Number(node.data('degree')) || 0).ele.id();
}

export interface GeoPlacement {
	position: Position;
	/** Not the node's own place: a neighbour's, or the margin for nodes with no place at all. */
	approximate: boolean;
	/** In the rows under the map: no place could be found or borrowed. */
	unplaced?: boolean;
}

/**
 * Kinds with no place of their own, that never lend one: an actor is not where its themes are.
 * They borrow one (approximate) from what they are linked to, so a theme sits by the actors that
 * address it; sources, linked to everything, line up under the map.
 */
const neverLends: ReadonlySet<EntityKind> = new Set(['Theme', 'Source', 'Programme']);
const neverBorrows: ReadonlySet<EntityKind> = new Set(['Source']);

/**
 * Links through which a node borrows a place, best first: where it is located, what it is in or
 * part of, who it works with. A node without coordinates takes the centroid of its best-ranked
 * placed neighbours.
 */
const borrowRank: Partial<Record<RelationshipType, number>> = {
	LOCATED_IN: 0,
	IN: 1,
	INCLUDES: 1,
	PART_OF: 2,
	MEMBER_OF: 2,
	ANIMATES: 2,
	PARTICIPATES_IN: 3,
	REPLICATED_IN: 3,
	SELECTED_BY: 4,
	COLLABORATES_WITH: 5,
	// Only themes borrow through it (nothing borrows from a theme).
	ADDRESSES: 6
	// Not FUNDS: a national funder is not where what it funds is.
};

/**
 * Positions of the geographic layout, for every node: its projected coordinates; else (marked
 * approximate) near the centroid of its best-placed neighbours, spread on a small spiral so
 * that nodes borrowing the same place do not stack; else in rows under the map. Passes repeat
 * so a project can borrow from its lead company, which borrowed from its commune.
 */
export function geographicPositions(cy: Core, among = SHOWN): Map<string, GeoPlacement> {
	const placed = new Map<string, GeoPlacement>();
	const nodes = cy.nodes(among).filter((node) => !node.hasClass('group'));
	nodes.forEach((node) => {
		const lat = node.data('lat');
		const lon = node.data('lon');
		const position = typeof lat === 'number' && typeof lon === 'number' ? project(lon, lat) : undefined;
		if (position) placed.set(node.id(), { position, approximate: false });
	});
	const crowd = new Map<string, number>();
	for (let pass = 0; pass < 3; pass++) {
		const borrowed = new Map<string, GeoPlacement>();
		nodes.forEach((node) => {
			if (placed.has(node.id()) || neverBorrows.has(node.data('kind'))) return;
			const anchor = borrowedPlace(node, placed, among);
			if (!anchor) return;
			const key = `${Math.round(anchor.x)}:${Math.round(anchor.y)}`;
			const index = (crowd.get(key) ?? 0) + 1;
			crowd.set(key, index);
			borrowed.set(node.id(), { position: spiral(anchor, index), approximate: true });
		});
		if (borrowed.size === 0) break;
		borrowed.forEach((placement, id) => placed.set(id, placement));
	}
	const margin = projectPlain(-5.2, 41.0);
	nodes
		.filter((node) => !placed.has(node.id()))
		.sort((a, b) => String(a.data('label')).localeCompare(String(b.data('label'))))
		.forEach((node, index) => {
			const position = { x: margin.x + (index % 10) * 70, y: margin.y + 80 + Math.floor(index / 10) * 60 };
			placed.set(node.id(), { position, approximate: true, unplaced: true });
		});
	return placed;
}

function borrowedPlace(node: NodeSingular, placed: ReadonlyMap<string, GeoPlacement>, among: string): Position | undefined {
	let best: { rank: number; points: Position[] } | undefined;
	node.connectedEdges(among).forEach((edge) => {
		const other = edge.source().id() === node.id() ? edge.target() : edge.source();
		const place = placed.get(other.id());
		const linkRank = borrowRank[edge.data('type') as RelationshipType];
		if (!place || linkRank === undefined || neverLends.has(other.data('kind'))) return;
		// A neighbour's own place is better than one it borrowed itself.
		const rank = linkRank + (place.approximate ? 0.5 : 0);
		if (!best || rank < best.rank) best = { rank, points: [place.position] };
		else if (rank === best.rank) best.points.push(place.position);
	});
	if (!best) return undefined;
	const { points } = best;
	return {
		x: points.reduce((sum, point) => sum + point.x, 0) / points.length,
		y: points.reduce((sum, point) => sum + point.y, 0) / points.length
	};
}

/** The n-th point of a golden-angle spiral around a place: close, yet never on top of another. */
function spiral(centre: Position, index: number): Position {
	// Golden angle, and a radius growing with √n: the same room for every node, about one node wide.
	const angle = index * 2.39996;
	const radius = 24 + 20 * Math.sqrt(index);
	return { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
}
