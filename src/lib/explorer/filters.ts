import type { Core } from 'cytoscape';
import type { EntityKind, RelationshipType } from '$lib/domain/model';
import type { ViewFilters } from '$lib/domain/view';
import { setClass } from '$lib/graph-view/classes';
import type { EdgeData, NodeData } from '$lib/graph-view/elements';
import { geographicPositions } from '$lib/graph-view/layouts';
import { regionCodeAt, unproject, type OutlineCollection } from '$lib/graph-view/projection';
import { regionCodeFromId } from '$lib/graph-view/regions';

/** What a node's match depends on beyond its own data: the themes it addresses, the région it lies in. */
export interface NodeFacts {
	themes: ReadonlySet<string>;
	region?: string;
}

const placeless: ReadonlySet<EntityKind> = new Set(['Theme', 'Source', 'Programme']);

/** Whether a node passes the filters. Criteria that do not apply to its kind let it through. */
export function nodeMatches(node: NodeData, filters: ViewFilters, facts: NodeFacts = { themes: new Set() }): boolean {
	const { kinds, themes, region, phase, status, years } = filters;
	if (kinds?.includes(node.kind)) return false;
	if (themes?.length) {
		const isChosenTheme = node.kind === 'Theme' && themes.includes(node.id);
		if (!isChosenTheme && !themes.some((theme) => facts.themes.has(theme))) return false;
	}
	if (region !== undefined && !placeless.has(node.kind) && facts.region !== region) return false;
	if (phase !== undefined && node.kind === 'Territory' && node.phase !== phase) return false;
	if (status?.length && node.kind === 'Project' && !status.includes(node.status ?? 'unknown')) return false;
	if (years && (node.startYear !== undefined || node.endYear !== undefined)) {
		const [from, to] = years;
		const start = node.startYear ?? node.endYear!;
		const end = node.endYear ?? node.startYear!;
		if (end < from || start > to) return false;
	}
	return true;
}

/** Whether an edge passes the filters on its own (its ends must pass too to be shown). */
export function edgeMatches(edge: EdgeData, filters: ViewFilters): boolean {
	if (filters.types?.includes(edge.type)) return false;
	const years = filters.years;
	if (years && edge.year !== undefined && (edge.year < years[0] || edge.year > years[1])) return false;
	return true;
}

export interface FilterCounts {
	nodes: number;
	edges: number;
	totalNodes: number;
	totalEdges: number;
	/** Per kind and per type present in the view: how many pass, out of how many. */
	kinds: Partial<Record<EntityKind, { shown: number; total: number }>>;
	types: Partial<Record<RelationshipType, { shown: number; total: number }>>;
}

/**
 * Fades or hides (classes `faded` / `filtered`) what does not pass, and counts what does. Nodes
 * a person hid or grouped (class `hidden`, members folded away) are not counted at all.
 */
export function applyFilters(cy: Core, filters: ViewFilters, regions: ReadonlyMap<string, string> = new Map()): FilterCounts {
	const themes = addressedThemes(cy);
	const out = filters.mode === 'fade' ? 'faded' : 'filtered';
	const counts: FilterCounts = { nodes: 0, edges: 0, totalNodes: 0, totalEdges: 0, kinds: {}, types: {} };
	const passing = new Set<string>();
	/** What does not pass; what a person hid is neither counted nor marked. */
	const failing = new Set<string>();
	cy.nodes()
		.not('.hidden')
		.forEach((node) => {
			const data = node.data() as NodeData;
			const matches =
				node.hasClass('group') ||
				nodeMatches(data, filters, { themes: themes.get(node.id()) ?? new Set(), region: regions.get(node.id()) });
			tally(counts.kinds, data.kind, matches);
			counts.totalNodes++;
			if (matches) {
				passing.add(node.id());
				counts.nodes++;
			} else failing.add(node.id());
		});
	cy.edges().forEach((edge) => {
		if (edge.source().hasClass('hidden') || edge.target().hasClass('hidden')) return;
		const data = edge.data() as EdgeData;
		const matches = edgeMatches(data, filters) && passing.has(data.source) && passing.has(data.target);
		tally(counts.types, data.type, matches);
		counts.totalEdges++;
		if (matches) counts.edges++;
		else failing.add(data.id);
	});
	cy.batch(() => {
		for (const name of ['faded', 'filtered']) setClass(cy.elements(), name, (element) => name === out && failing.has(element.id()));
	});
	return counts;
}

function tally<K extends string>(table: Partial<Record<K, { shown: number; total: number }>>, key: K, shown: boolean): void {
	const entry = (table[key] ??= { shown: 0, total: 0 });
	entry.total++;
	if (shown) entry.shown++;
}

/** For every node, the themes it addresses in the view (ADDRESSES edges, either way). */
export function addressedThemes(cy: Core): Map<string, Set<string>> {
	const themes = new Map<string, Set<string>>();
	cy.edges('.type-ADDRESSES').forEach((edge) => {
		const [subject, theme] = edge.target().data('kind') === 'Theme' ? [edge.source(), edge.target()] : [edge.target(), edge.source()];
		if (!themes.has(subject.id())) themes.set(subject.id(), new Set());
		themes.get(subject.id())!.add(theme.id());
	});
	return themes;
}

/**
 * The région of every node it can be told for: from the id (régions, territories), from the
 * coordinates, else from the place the geographic layout lends it (its commune, its territory…).
 */
export function regionCodes(cy: Core, outlines: OutlineCollection): Map<string, string> {
	const codes = new Map<string, string>();
	// Every node, filtered or not: the région is a fact about the node, not about the view.
	const borrowed = geographicPositions(cy, '*');
	cy.nodes().forEach((node) => {
		const data = node.data() as NodeData;
		if (placeless.has(data.kind)) return;
		let code = regionCodeFromId(data.id);
		if (!code && data.lat !== undefined && data.lon !== undefined) code = regionCodeAt(data.lon, data.lat, outlines);
		const placement = borrowed.get(data.id);
		if (!code && placement && !placement.unplaced) {
			const { lon, lat } = unproject(placement.position);
			code = regionCodeAt(lon, lat, outlines);
		}
		if (code) codes.set(data.id, code);
	});
	return codes;
}
