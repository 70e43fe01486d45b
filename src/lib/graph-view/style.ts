import type { Core, Css, StylesheetJson } from 'cytoscape';
import type { SizeMeasure } from '$lib/domain/view';
import { entityKinds, relationshipTypes, type EntityKind, type RelationshipType } from '$lib/domain/model';
import { kindColour } from '$lib/ui/palette';
import { setClass } from './classes';

// Named here too for the explorer's state, which sizes nodes through this module; the list lives in the view.
export type { SizeMeasure };

/** The node shapes the explorer uses: a subset of Cytoscape's, each drawn by the legend too. */
export type ShapeName = Extract<
	Css.NodeShape,
	| 'ellipse'
	| 'round-rectangle'
	| 'round-pentagon'
	| 'round-triangle'
	| 'star'
	| 'rhomboid'
	| 'hexagon'
	| 'cut-rectangle'
	| 'barrel'
	| 'octagon'
	| 'pentagon'
	| 'heptagon'
	| 'round-tag'
	| 'rectangle'
	| 'vee'
	| 'diamond'
>;

/**
 * One shape per kind; with the kind's colour (`kindColour`) every kind looks different even
 * where colours are shared (the four levels of geography are all slate grey).
 */
export const kindShape: Record<EntityKind, ShapeName> = {
	Company: 'ellipse',
	Cluster: 'round-rectangle',
	PublicBody: 'round-pentagon',
	Support: 'round-triangle',
	Academic: 'star',
	Association: 'rhomboid',
	Territory: 'hexagon',
	Project: 'cut-rectangle',
	Programme: 'barrel',
	Region: 'octagon',
	Department: 'pentagon',
	EPCI: 'heptagon',
	Commune: 'ellipse',
	Theme: 'round-tag',
	Source: 'rectangle',
	Person: 'vee'
};

/** The ring that sets a pôle de compétitivité apart from other clusters. */
export const poleRing = '#1e3a8a';

/** Funders (`:Funder`) are diamonds whatever their kind, so money is easy to follow. */
export const funderShape: ShapeName = 'diamond';

/** How an edge of each type is drawn: colour, dash, and whether it points somewhere. */
export const edgeLook: Record<RelationshipType, { colour: string; line: Css.LineStyle; arrow: boolean }> = {
	MEMBER_OF: { colour: '#7c3aed', line: 'solid', arrow: true },
	PARTICIPATES_IN: { colour: '#c2410c', line: 'solid', arrow: true },
	FUNDS: { colour: '#b45309', line: 'solid', arrow: true },
	// Collaboration goes both ways: dashed, no arrow.
	COLLABORATES_WITH: { colour: '#1d4ed8', line: 'dashed', arrow: false },
	ANIMATES: { colour: '#0f766e', line: 'solid', arrow: true },
	PART_OF: { colour: '#4338ca', line: 'solid', arrow: true },
	SELECTED_BY: { colour: '#15803d', line: 'solid', arrow: true },
	REPLICATED_IN: { colour: '#be185d', line: 'dashed', arrow: true },
	LOCATED_IN: { colour: '#64748b', line: 'dotted', arrow: true },
	// Geography and vocabulary are the background: pale and thin.
	INCLUDES: { colour: '#cbd5e1', line: 'solid', arrow: false },
	IN: { colour: '#cbd5e1', line: 'solid', arrow: false },
	ADDRESSES: { colour: '#0e7490', line: 'dotted', arrow: false },
	BROADER: { colour: '#67aab8', line: 'dotted', arrow: true },
	ROLE_AT: { colour: '#6d28d9', line: 'solid', arrow: true },
	// A phase-1 territory and its phase-2 successor: a time link, not a membership.
	CONTINUES_AS: { colour: '#475569', line: 'dashed', arrow: true },
	// An area of influence is looser than a location.
	ACTIVE_IN: { colour: '#94a3b8', line: 'dashed', arrow: true }
};

/** Node diameters in model pixels: the smallest stays clickable, the largest does not hide its neighbours. */
export const NODE_SIZE = { min: 18, max: 64, default: 26 } as const;

/** Colours the explorer adds to the palette: highlight (paths), selection, pins. */
export const accents = { highlight: '#f59e0b', selection: '#2563eb', pin: '#14213d', label: '#14213d' } as const;

/**
 * Raw value of a measure for every visible node. Betweenness is computed here, in the browser,
 * on what the view shows (undirected): it tells which nodes hold the drawn graph together.
 */
export function measureNodes(cy: Core, measure: SizeMeasure): Map<string, number> {
	const nodes = cy.nodes().not('.hidden, .filtered');
	const values = new Map<string, number>();
	if (measure === 'betweenness') {
		const centrality = nodes.union(nodes.edgesWith(nodes)).betweennessCentrality({ directed: false });
		nodes.forEach((node) => void values.set(node.id(), centrality.betweenness(node)));
	} else {
		const field = measure === 'degree' ? 'degree' : 'funding';
		nodes.forEach((node) => void values.set(node.id(), Number(node.data(field)) || 0));
	}
	return values;
}

/**
 * Diameters from raw values on a logarithmic scale (degrees run from 1 to thousands, amounts
 * from thousands to hundreds of millions): the largest value gets `max`, zero gets `min`.
 */
export function sizesFrom(values: ReadonlyMap<string, number>, scale = 1): Map<string, number> {
	const top = Math.max(0, ...values.values());
	const sizes = new Map<string, number>();
	for (const [id, value] of values) {
		const share = top > 0 ? Math.log1p(Math.max(0, value)) / Math.log1p(top) : 0;
		sizes.set(id, Math.round(scale * (NODE_SIZE.min + (NODE_SIZE.max - NODE_SIZE.min) * share)));
	}
	return sizes;
}

/**
 * Sets `data('size')` of every visible node from the chosen measure; `scale` shrinks them all
 * (on the map, where nodes crowd around the same places).
 */
export function applySizes(cy: Core, measure: SizeMeasure, scale = 1): void {
	const sizes = sizesFrom(measureNodes(cy, measure), scale);
	// Only the sizes that change: setting a node's data restyles it and its edges, even to the same value.
	cy.batch(() =>
		sizes.forEach((size, id) => {
			const node = cy.getElementById(id);
			if (node.data('size') !== size) node.data('size', size);
		})
	);
}

/**
 * Names the `count` biggest visible nodes (class `labelled`): a graph without any name is
 * unreadable, one with every name is a wall of text.
 */
export function labelBiggest(cy: Core, count = 12): void {
	const visible = cy.nodes().not('.hidden, .filtered, .faded, .group');
	const biggest = visible.sort((a, b) => (Number(b.data('size')) || 0) - (Number(a.data('size')) || 0)).slice(0, count);
	cy.batch(() => setClass(cy.nodes(), 'labelled', (node) => biggest.contains(node)));
}

/**
 * The explorer's stylesheet, as data. Later blocks win: base looks first, then kinds, then
 * states (approximate < pinned < highlighted < selected), then filters, which must always win.
 * In a `large` view (see scale.ts) edges do not react to the pointer: finding what lies under
 * it tests every element, and with thousands of edges each mouse move cost the canvas renderer
 * a third of a second (measured; nodes alone: a few hundredths).
 */
export function stylesheet({ large = false }: { large?: boolean } = {}): StylesheetJson {
	const kinds = entityKinds.map((kind) => ({
		selector: `node.kind-${kind}`,
		style: { 'background-color': kindColour[kind], shape: kindShape[kind] }
	}));
	const types = relationshipTypes.map((type) => ({
		selector: `edge.type-${type}`,
		style: {
			'line-color': edgeLook[type].colour,
			'target-arrow-color': edgeLook[type].colour,
			'line-style': edgeLook[type].line,
			'target-arrow-shape': edgeLook[type].arrow ? 'triangle' : 'none'
		}
	}));
	return [
		{
			selector: 'node',
			style: {
				// Sizes come from `applySizes`; the default covers nodes added before it runs.
				width: `data(size)`,
				height: `data(size)`,
				'border-width': 1.5,
				'border-color': '#ffffff',
				label: '',
				'font-size': 11,
				color: accents.label,
				'text-valign': 'bottom',
				'text-margin-y': 4,
				'text-wrap': 'ellipsis',
				'text-max-width': '150px',
				'text-background-color': '#ffffff',
				'text-background-opacity': 0.85,
				'text-background-padding': '2px',
				'text-background-shape': 'round-rectangle',
				// Labels smaller than this on screen are not drawn: zoomed out, the graph stays legible.
				'min-zoomed-font-size': 7
			}
		},
		...kinds,
		{ selector: 'node.funder', style: { shape: funderShape } },
		{ selector: 'node.pole', style: { 'border-style': 'double', 'border-width': 4, 'border-color': poleRing } },
		{
			selector: 'edge',
			style: {
				width: 'data(width)',
				'curve-style': 'bezier',
				'arrow-scale': 0.8,
				opacity: 0.85,
				label: '',
				'font-size': 9,
				color: accents.label,
				'text-rotation': 'autorotate',
				'text-background-color': '#ffffff',
				'text-background-opacity': 0.9,
				'text-background-padding': '1px'
			}
		},
		...types,
		// Names: always for the nodes that matter (focus, biggest, path ends), else on hover or selection.
		{ selector: 'node.labelled, node.hover, node:selected, node.focus', style: { label: 'data(label)' } },
		{ selector: 'node.focus', style: { 'font-size': 13, 'font-weight': 'bold', 'border-width': 3, 'border-color': accents.pin } },
		{ selector: 'edge.hover, edge:selected', style: { label: 'data(label)', opacity: 1, 'z-index': 5 } },
		// Placed at a neighbour's place, not its own: a dashed border says so.
		{ selector: 'node.approximate', style: { 'border-style': 'dashed', 'border-width': 2, 'border-color': '#334155' } },
		{ selector: 'node.pinned', style: { 'border-style': 'double', 'border-width': 5, 'border-color': accents.pin } },
		{
			selector: 'node.group',
			style: {
				shape: 'round-rectangle',
				'background-opacity': 0.35,
				'border-style': 'dashed',
				'border-width': 2,
				'border-color': '#334155',
				label: 'data(label)',
				'text-valign': 'center',
				'text-wrap': 'wrap',
				'text-background-opacity': 0
			}
		},
		{ selector: 'edge.group-edge', style: { 'line-style': 'dashed', 'target-arrow-shape': 'none' } },
		{
			selector: 'node.highlighted',
			style: { 'border-color': accents.highlight, 'border-width': 5, 'border-style': 'solid', label: 'data(label)', 'z-index': 20 }
		},
		{
			selector: 'edge.highlighted',
			style: {
				'line-color': accents.highlight,
				'target-arrow-color': accents.highlight,
				width: 5,
				opacity: 1,
				label: 'data(label)',
				'z-index': 20
			}
		},
		{ selector: 'node:selected', style: { 'border-color': accents.selection, 'border-width': 5, 'border-style': 'solid', 'z-index': 30 } },
		{ selector: 'edge:selected', style: { 'line-color': accents.selection, 'target-arrow-color': accents.selection, width: 4 } },
		{ selector: '.muted', style: { opacity: 0.18 } },
		{ selector: '.faded', style: { opacity: 0.12, label: '', events: 'no' } },
		{ selector: '.hidden, .filtered', style: { display: 'none' } },
		...(large ? [{ selector: 'edge', style: { events: 'no' } }] : []),
		{
			selector: 'core',
			style: {
				'selection-box-color': accents.selection,
				'selection-box-border-color': accents.selection,
				'active-bg-color': accents.selection
			}
		}
	] as StylesheetJson;
}
