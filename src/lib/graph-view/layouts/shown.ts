import type { Core, Position } from 'cytoscape';
import type { ViewSize } from '../scale';

/** What a layout applies to: whatever the view shows (filtered-out nodes take no room). */
export const SHOWN = ':visible';

/** Fitting a few nodes must not blow them up: layouts never zoom in further than this. */
export const FIT_MAX_ZOOM = 1.5;

/** What every layout shares: animated or not, fitted to the view with some room around. */
export interface CommonOptions {
	animate: boolean;
	animationDuration: number;
	fit: boolean;
	padding: number;
}

/** Nodes and elements the layouts work on. */
export function shownSize(cy: Core): ViewSize {
	const shown = cy.elements(SHOWN);
	return { nodes: shown.nodes().length, elements: shown.length };
}

/** Undirected hop counts through what the view shows, from the nearest of `roots` (0 for a root shown). */
export function hopsFrom(cy: Core, roots: readonly string[]): Map<string, number> {
	const hops = new Map<string, number>();
	let frontier = cy.nodes(SHOWN).filter((node) => roots.includes(node.id()));
	frontier.forEach((node) => void hops.set(node.id(), 0));
	for (let depth = 1; frontier.nonempty(); depth++) {
		const next = frontier
			.neighborhood()
			.nodes()
			.filter(SHOWN)
			.filter((node) => !hops.has(node.id()));
		next.forEach((node) => void hops.set(node.id(), depth));
		frontier = next;
	}
	return hops;
}

/** The best-connected node shown: the centre or root when the view has no focus. */
export function biggestNode(cy: Core): string | undefined {
	const shown = cy.nodes(SHOWN);
	if (shown.empty()) return undefined;
	return shown.max((node) => Number(node.data('degree')) || 0).ele.id();
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
