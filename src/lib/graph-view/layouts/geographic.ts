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
	const facts = geographicPositions(cy, '*');
	const shownIds = new Set(cy.nodes(SHOWN).map((node) => node.id()));
	const places = cy.nodes(SHOWN).filter((node) => node.data('kind') === 'EPCI' || node.data('kind') === 'Commune');
	const frame: GeoFrame = { ...geoFrame(facts, shownIds), places: places.map((node) => node.id()) };
	cy.scratch(FRAME_KEY, frame);
	// Placed again on the magnified map: nodes sharing a place stay side by side, at node size.
	const placed = frame.scale === 1 ? facts : geographicPositions(cy, '*', magnifier(frame));
	const positions = besideTheMap(placed, shownIds, (id) => String(cy.getElementById(id).data('label') ?? id));
	const shown = [...shownIds].map((id) => positions.get(id) ?? cy.getElementById(id).position());
	return {
		name: 'preset',
		...common,
		// A map, not a function: Cytoscape calls a function with the node, though its types say the id.
		positions: Object.fromEntries(positions),
		// Never closer than the scale of a département, so the map around stays readable.
		...framing(cy, shown, common.padding, Math.min(1.2, FIT_MAX_ZOOM))
	};
}

/**
 * How the map is drawn: magnified `scale` times around `centre`, so that what is shown at the
 * scale of a territory or a département fills the view instead of a speck of France (the map
 * layer draws its outlines through the same frame). 1 at national scale.
 */
export interface GeoFrame {
	centre: Position;
	scale: number;
	/** The intercommunalities and communes shown, whose outlines the map layer draws at local scale. */
	places?: readonly string[];
}

const FRAME_KEY = '_maillageGeoFrame';
/** The extent, in model units (2 a kilometre), that a magnified map fills: about 250 km. */
export const FRAMED_EXTENT = 500;
/** Most magnification: a commune's surroundings, not its streets. */
export const MAX_MAGNIFICATION = 10;

/** The frame of the last geographic layout of `cy`: identity before any. */
export function lastGeoFrame(cy: Core): GeoFrame {
	return (cy.scratch(FRAME_KEY) as GeoFrame | undefined) ?? { centre: { x: 0, y: 0 }, scale: 1 };
}

/** The frame that fits the places of the shown nodes (their own or borrowed, not the unplaced). */
export function geoFrame(placed: ReadonlyMap<string, GeoPlacement>, shown: ReadonlySet<string>): GeoFrame {
	const points = [...shown].flatMap((id) => {
		const placement = placed.get(id);
		return placement && !placement.unplaced ? [placement.position] : [];
	});
	if (points.length === 0) return { centre: { x: 0, y: 0 }, scale: 1 };
	const xs = points.map((point) => point.x);
	const ys = points.map((point) => point.y);
	const [x1, x2, y1, y2] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
	const extent = Math.max(x2 - x1, y2 - y1, FRAMED_EXTENT / MAX_MAGNIFICATION);
	return { centre: { x: (x1 + x2) / 2, y: (y1 + y2) / 2 }, scale: Math.max(1, FRAMED_EXTENT / extent) };
}

/** A projected place on the magnified map. */
export function magnifier(frame: GeoFrame): (point: Position) => Position {
	return ({ x, y }) => ({ x: frame.centre.x + (x - frame.centre.x) * frame.scale, y: frame.centre.y + (y - frame.centre.y) * frame.scale });
}

/**
 * Positions for the view: the placed nodes where they are; the shown nodes with no place in a
 * column beside them, rather than under a map of France that would take the view away from a
 * territory; the hidden ones under the map, for when they return.
 */
export function besideTheMap(
	placed: ReadonlyMap<string, GeoPlacement>,
	shown: ReadonlySet<string>,
	labelOf: (id: string) => string
): Map<string, Position> {
	const positions = new Map([...placed].filter(([, placement]) => !placement.unplaced).map(([id, placement]) => [id, placement.position]));
	const onMap = [...shown].flatMap((id) => positions.get(id) ?? []);
	const right = onMap.length > 0 ? Math.max(...onMap.map((point) => point.x)) + 110 : 0;
	const top = onMap.length > 0 ? Math.min(...onMap.map((point) => point.y)) : 0;
	const unplaced = [...placed].filter(([, placement]) => placement.unplaced);
	const column = unplaced
		.filter(([id]) => shown.has(id))
		.map(([id]) => id)
		.sort((a, b) => labelOf(a).localeCompare(labelOf(b), 'fr'));
	const rows = Math.max(8, Math.ceil(Math.sqrt(column.length * 3)));
	column.forEach((id, index) => positions.set(id, { x: right + Math.floor(index / rows) * 150, y: top + (index % rows) * 56 }));
	for (const [id, placement] of unplaced) if (!positions.has(id)) positions.set(id, placement.position);
	return positions;
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
 * so a project can borrow from its lead company, which borrowed from its commune. `onMap` takes
 * a projected place to the map drawn (`magnifier`); the spirals stay at node size.
 */
export function geographicPositions(
	cy: Core,
	among = SHOWN,
	onMap: (point: Position) => Position = (point) => point
): Map<string, GeoPlacement> {
	const placed = new Map<string, GeoPlacement>();
	const nodes = cy.nodes(among).filter((node) => !node.hasClass('group'));
	nodes.forEach((node) => {
		const lat = node.data('lat');
		const lon = node.data('lon');
		const position = typeof lat === 'number' && typeof lon === 'number' ? project(lon, lat) : undefined;
		if (position) placed.set(node.id(), { position: onMap(position), approximate: false });
	});
	// Nodes at the same place (a commune's companies, at its centre) side by side, the first on it.
	const crowd = new Map<string, number>();
	for (const [id, placement] of placed) {
		const key = spotOf(placement.position);
		const index = crowd.get(key) ?? 0;
		crowd.set(key, index + 1);
		if (index > 0) placed.set(id, { ...placement, position: spiral(placement.position, index) });
	}
	for (let pass = 0; pass < 3; pass++) {
		const borrowed = new Map<string, GeoPlacement>();
		nodes.forEach((node) => {
			if (placed.has(node.id()) || neverBorrows.has(node.data('kind'))) return;
			const anchor = borrowedPlace(node, placed, among);
			if (!anchor) return;
			const key = spotOf(anchor);
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

/** Places closer than a model unit (half a kilometre) are one spot. */
function spotOf({ x, y }: Position): string {
	return `${Math.round(x)}:${Math.round(y)}`;
}

/** The n-th point of a golden-angle spiral around a place: close, yet never on top of another. */
function spiral(centre: Position, index: number): Position {
	// Golden angle, and a radius growing with √n: the same room for every node, about one node wide.
	const angle = index * 2.39996;
	const radius = 24 + 20 * Math.sqrt(index);
	return { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
}
