import type { Core, LayoutOptions, NodeSingular, Position } from 'cytoscape';
import type { EntityKind } from '$lib/domain/model';
import { biggestNode, hopsFrom, SHOWN, type CommonOptions } from './shown';

/**
 * The hierarchy (the view's `breadthfirst` layout): breadth-first levels from the roots, drawn
 * top-down; wide levels wrap into several rows (Cytoscape's own breadthfirst puts a level on one
 * line, too thin to read past 20 nodes). Placed by position, so pinned nodes are simply left out.
 */
export function hierarchyOptions(cy: Core, common: CommonOptions, focus?: string): LayoutOptions {
	const placed = hierarchyPositions(cy, hierarchyRoots(cy, focus));
	return { name: 'preset', ...common, positions: Object.fromEntries(placed) };
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
	const depth = hopsFrom(cy, roots);
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
