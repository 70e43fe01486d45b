import type { Core, LayoutOptions, NodeSingular, Position } from 'cytoscape';
import type { EntityKind, RelationshipType } from '$lib/domain/model';
import { setClass } from '../classes';
import { project, projectPlain } from '../projection';
import { FIT_MAX_ZOOM, framing, SHOWN, type CommonOptions } from './shown';

/**
 * The map: every node at its place (projection.ts), or near the place it borrows from what it
 * is linked to. Places are facts, so filtered-out nodes are placed too, ready for when they return.
 */
export function geographicOptions(cy: Core, common: CommonOptions): LayoutOptions {
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

/** Marks (dashed border) the nodes the map places at a borrowed place; with `onMap` false, unmarks all. */
export function markApproximate(cy: Core, onMap: boolean): void {
	const placed = onMap ? geographicPositions(cy, '*') : new Map<string, GeoPlacement>();
	cy.batch(() => setClass(cy.nodes(), 'approximate', (node) => placed.get(node.id())?.approximate ?? false));
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
	ACTIVE_IN: 2,
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
