import type { Core } from 'cytoscape';
import type { EntityKind, RelationshipType } from '$lib/domain/model';
import { setClass } from '$lib/graph-view/classes';
import type { EdgeData, NodeData } from '$lib/graph-view/elements';
import { geographicPositions } from '$lib/graph-view/layouts';
import { regionCodeAt, unproject, type OutlineCollection } from '$lib/graph-view/projection';
import { regionCodeFromId } from '$lib/graph-view/regions';

/**
 * What the filters panel holds. Kinds and types are listed as *left out*, so that a kind a new
 * expansion brings in shows by default; the other criteria keep what they name.
 */
export interface FilterState {
	hiddenKinds: EntityKind[];
	hiddenTypes: RelationshipType[];
	/** Theme ids: only the nodes that address one of them (and those themes). Empty: no filter. */
	themes: string[];
	/** INSEE région code: only what lies there (placeless themes, sources and programmes stay). */
	region: string | null;
	/** Territoires d'industrie of one phase only ('2019-2022' | '2023-2027'). */
	phase: string | null;
	/** Projects with one of these statuses only. Empty: no filter. */
	statuses: string[];
	/** Projects running, and fundings made, within these years (inclusive). */
	years: { from: number; to: number } | null;
	/** Elements that do not match are faded (still there, greyed) or hidden. */
	mode: 'fade' | 'hide';
}

export const noFilters: FilterState = {
	hiddenKinds: [],
	hiddenTypes: [],
	themes: [],
	region: null,
	phase: null,
	statuses: [],
	years: null,
	mode: 'fade'
};

/** Whether a state filters anything out. */
export function isFiltering(state: FilterState): boolean {
	return (
		state.hiddenKinds.length > 0 ||
		state.hiddenTypes.length > 0 ||
		state.themes.length > 0 ||
		state.region !== null ||
		state.phase !== null ||
		state.statuses.length > 0 ||
		state.years !== null
	);
}

/** What a node's match depends on beyond its own data: the themes it addresses, the région it lies in. */
export interface NodeFacts {
	themes: ReadonlySet<string>;
	region?: string;
}

const placeless: ReadonlySet<EntityKind> = new Set(['Theme', 'Source', 'Programme']);

/** Whether a node passes the filters. Criteria that do not apply to its kind let it through. */
export function nodeMatches(node: NodeData, state: FilterState, facts: NodeFacts = { themes: new Set() }): boolean {
	if (state.hiddenKinds.includes(node.kind)) return false;
	if (state.themes.length > 0) {
		const isChosenTheme = node.kind === 'Theme' && state.themes.includes(node.id);
		if (!isChosenTheme && !state.themes.some((theme) => facts.themes.has(theme))) return false;
	}
	if (state.region !== null && !placeless.has(node.kind) && facts.region !== state.region) return false;
	if (state.phase !== null && node.kind === 'Territory' && node.phase !== state.phase) return false;
	if (state.statuses.length > 0 && node.kind === 'Project' && !state.statuses.includes(node.status ?? 'unknown')) return false;
	if (state.years !== null && (node.startYear !== undefined || node.endYear !== undefined)) {
		const start = node.startYear ?? node.endYear!;
		const end = node.endYear ?? node.startYear!;
		if (end < state.years.from || start > state.years.to) return false;
	}
	return true;
}

/** Whether an edge passes the filters on its own (its ends must pass too to be shown). */
export function edgeMatches(edge: EdgeData, state: FilterState): boolean {
	if (state.hiddenTypes.includes(edge.type)) return false;
	if (state.years !== null && edge.year !== undefined && (edge.year < state.years.from || edge.year > state.years.to)) return false;
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
export function applyFilters(cy: Core, state: FilterState, regions: ReadonlyMap<string, string> = new Map()): FilterCounts {
	const themes = addressedThemes(cy);
	const out = state.mode === 'fade' ? 'faded' : 'filtered';
	const counts: FilterCounts = { nodes: 0, edges: 0, totalNodes: 0, totalEdges: 0, kinds: {}, types: {} };
	const passing = new Set<string>();
	/** What does not pass; what a person hid is neither counted nor marked. */
	const failing = new Set<string>();
	cy.nodes()
		.not('.hidden')
		.forEach((node) => {
			const data = node.data() as NodeData;
			const matches =
				node.hasClass('group') || nodeMatches(data, state, { themes: themes.get(node.id()) ?? new Set(), region: regions.get(node.id()) });
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
		const matches = edgeMatches(data, state) && passing.has(data.source) && passing.has(data.target);
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
