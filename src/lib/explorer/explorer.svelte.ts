import type { Core, EventObject, NodeCollection, Position } from 'cytoscape';
import { tick } from 'svelte';
import type { GraphPayload } from '$lib/domain/graph';
import { namedInLanguage } from '$lib/domain/wording';
import type { EntityKind, RelationshipType } from '$lib/domain/model';
import type { Translate } from '$lib/i18n/translator';
import { ApiError } from '$lib/client/http';
import { fetchNeighbourhood, fetchPaths, fetchSubgraph } from './api';
import { mergePayload, type EdgeData, type EdgeLabeller, type NodeData } from '$lib/graph-view/elements';
import { roundPositions, type ViewState } from '$lib/domain/view';
import { filtersFromView, filtersToView } from './view-filters';
import { applyFilters, noFilters, regionCodes, type FilterCounts, type FilterState } from './filters';
import { canGroup, collapseMembers, expandGroup, foldedIds } from './groups';
import { History, restoreSnapshot, takeSnapshot, type ViewSnapshot } from './history';
import { FIT_MAX_ZOOM, framing, markApproximate, runLayout, type LayoutName } from '$lib/graph-view/layouts';
import { highlight, pathSentence, pathsPayload, pathSteps } from './paths';
import type { OutlineCollection } from '$lib/graph-view/projection';
import { isLargeView } from '$lib/graph-view/scale';
import { applySizes, labelBiggest, type SizeMeasure } from '$lib/graph-view/style';

export interface Notice {
	tone: 'info' | 'error';
	text: string;
}

/** A relationship of the selected node, as the side panel lists it. */
export interface Link {
	edge: EdgeData;
	other: NodeData;
	direction: 'out' | 'in';
}

/** What the actions on a node depend on. */
export interface NodeState {
	id: string;
	label: string;
	pinned: boolean;
	/** It has members to fold into a group. */
	groupable: boolean;
	/** It is a group node, which can be reopened. */
	group: boolean;
}

export type Selection =
	{ type: 'node'; node: NodeData; state: NodeState; links: Link[] } | { type: 'edge'; edge: EdgeData; source: NodeData; target: NodeData };

export interface FoundPath {
	sentence: string;
	nodes: string[];
	edges: string[];
}

export interface PathOptions {
	maxLength: number;
	avoid: ('geography' | 'themes')[];
}

/** Nodes are smaller on the map: many share a commune or a territory. */
const GEO_SIZE_SCALE = 0.6;

const emptyCounts: FilterCounts = { nodes: 0, edges: 0, totalNodes: 0, totalEdges: 0, kinds: {}, types: {} };

/** Most ids sent with a subgraph request, to link a new node to what is shown (keeps the URL short). */
const SUBGRAPH_IDS = 300;

/**
 * The explorer's state and verbs. The Cytoscape instance is the source of truth for what is
 * drawn; this class mirrors what the panels show (counts, selection, visible nodes) into runes
 * after every change, and keeps the undo history as snapshots of the whole view.
 */
export class Explorer {
	layout = $state<LayoutName>('fcose');
	sizeBy = $state<SizeMeasure>('degree');
	/** Most neighbours an expansion adds. */
	cap = $state(100);
	webgl = $state(false);
	/** A large view (see scale.ts), which GraphView draws with the settings for large views. */
	large = $state(false);
	filters = $state<FilterState>(structuredClone(noFilters));

	counts = $state.raw<FilterCounts>(emptyCounts);
	/** Nodes shown (neither hidden by a person nor filtered out), by name. */
	shown = $state.raw<NodeData[]>([]);
	/** Themes in the view, for the theme filter. */
	themes = $state.raw<NodeData[]>([]);
	hiddenCount = $state(0);
	selection = $state.raw<Selection | null>(null);
	selectedCount = $state(0);
	focus = $state<string | null>(null);
	notice = $state.raw<Notice | null>(null);
	busy = $state(false);
	/** A layout is moving the nodes. */
	laying = $state(false);
	undoLabel = $state<string | undefined>();
	redoLabel = $state<string | undefined>();
	/** The node whose menu is open, and where (pixels in the graph's box). */
	menu = $state.raw<{ node: NodeState; x: number; y: number } | null>(null);
	viewport = $state.raw({ zoom: 1, pan: { x: 0, y: 0 } });
	paths = $state.raw<FoundPath[] | null>(null);
	pathsTruncated = $state(false);
	activePath = $state<number | null>(null);
	/** Région outlines, for the région filter; set by the page once loaded. */
	outlines = $state.raw<OutlineCollection | undefined>();

	#cy: Core | undefined;
	#history = new History<ViewSnapshot>();
	/** The view, and where it was looked at, while no instance exists (between one renderer and the next). */
	#saved: { snapshot: ViewSnapshot; zoom: number; pan: Position } | undefined;
	#queued = false;
	#viewportFrame = 0;

	/**
	 * @param fetcher the page's `fetch`
	 * @param t the page's translator
	 * @param animate whether layouts and moves animate (off in tests; else per the reduced-motion preference)
	 */
	constructor(
		private readonly fetcher: typeof fetch,
		private readonly t: Translate,
		private readonly animate: () => boolean = motion
	) {}

	#labeller: EdgeLabeller = (type) => this.t(`relationship.${type}.out`);

	/** Hands the explorer its Cytoscape instance; the returned function lets it go (before `cy.destroy()`). */
	attach(cy: Core): () => void {
		this.#cy = cy;
		const saved = this.#saved;
		this.#saved = undefined;
		cy.on('select unselect', () => this.#soon());
		cy.on('dbltap', 'node', (event: EventObject) => {
			const node = event.target;
			void (node.hasClass('group') ? this.ungroup(node.id()) : this.expand(node.id()));
		});
		cy.on('cxttap', 'node', (event: EventObject) => {
			const node = this.nodeState(event.target.id());
			if (node) this.menu = { node, x: event.renderedPosition.x, y: event.renderedPosition.y };
		});
		cy.on('tap', () => (this.menu = null));
		cy.on('mouseover', 'node, edge', (event: EventObject) => void event.target.addClass('hover'));
		cy.on('mouseout', 'node, edge', (event: EventObject) => void event.target.removeClass('hover'));
		cy.on('viewport resize', () => this.#followViewport());
		cy.batch(() => {
			if (saved) restoreSnapshot(cy, saved.snapshot);
			this.#refresh();
		});
		// The same view with the other renderer, framed as it was.
		if (saved) cy.viewport({ zoom: saved.zoom, pan: saved.pan });
		return () => {
			this.#saved = { snapshot: takeSnapshot(cy), zoom: cy.zoom(), pan: { ...cy.pan() } };
			this.#cy = undefined;
		};
	}

	/** Gives the région outlines (loaded by the page) to the région filter. */
	setOutlines(outlines: OutlineCollection): void {
		this.outlines = outlines;
		this.#refresh();
	}

	/** What the actions on a node depend on, read from the view now. */
	nodeState(id: string): NodeState | undefined {
		const cy = this.#cy;
		const node = cy?.getElementById(id);
		if (!cy || !node || node.empty()) return undefined;
		return {
			id,
			label: String(node.data('label')),
			pinned: node.hasClass('pinned'),
			groupable: canGroup(cy, id),
			group: node.hasClass('group')
		};
	}

	/** The Cytoscape instance, for what reads the whole view (exports, a shared link); undefined while none is attached. */
	get cy(): Core | undefined {
		return this.#cy;
	}

	get empty(): boolean {
		return this.counts.totalNodes === 0 && this.hiddenCount === 0;
	}

	/**
	 * Adds an entity to the view, linked to what is already there; with `expand`, its
	 * neighbourhood too. The new node is selected, so the side panel shows it.
	 */
	async add(id: string, { expand = false } = {}): Promise<void> {
		const cy = this.#cy;
		if (!cy) return;
		if (cy.getElementById(id).nonempty()) {
			this.select(id);
			if (expand) await this.expand(id);
			return;
		}
		const others = cy
			.nodes()
			.not('.group')
			.map((node) => node.id())
			.slice(0, SUBGRAPH_IDS);
		const payload = await this.#load(() => fetchSubgraph(this.fetcher, [id, ...others]));
		const entity = payload?.nodes.find((node) => node.id === id);
		if (!payload || !entity) {
			if (payload) this.notice = { tone: 'error', text: this.t('explorer.error.notFound') };
			return;
		}
		const label = this.t('explorer.history.add', { name: entity.name });
		await this.#apply(
			label,
			(view) => {
				mergePayload(view, namedInLanguage(this.t, payload), { labeller: this.#labeller, around: viewCentre(view), skip: foldedIds(view) });
				this.focus ??= id;
				view.getElementById(this.focus).addClass('focus');
				return true;
			},
			true,
			payload
		);
		this.select(id);
		if (expand) await this.expand(id);
	}

	/**
	 * The view as a shareable state: nodes (folded members included), positions, pins, hidden
	 * nodes, filters, layout, size, selection and focus.
	 */
	viewState(): ViewState {
		const cy = this.#cy;
		const entities = cy ? cy.nodes().not('.group').nodes() : undefined;
		// Members folded into a group are out of the view but part of it: they come back with the group.
		const nodes = [...(entities?.map((node) => node.id()) ?? []), ...(cy ? foldedIds(cy) : [])];
		const positions = Object.fromEntries(entities?.map((node) => [node.id(), node.position()] as const) ?? []);
		const selected = cy?.elements(':selected');
		return {
			v: 1,
			nodes,
			positions: roundPositions(positions),
			pinned: entities?.filter('.pinned').map((node) => node.id()) ?? [],
			hidden: entities?.filter('.hidden').map((node) => node.id()) ?? [],
			layout: this.layout,
			sizeBy: this.sizeBy,
			filters: filtersToView($state.snapshot(this.filters) as FilterState),
			...(selected?.length === 1 && !selected[0].hasClass('group') ? { selection: selected[0].id() } : {}),
			...(this.focus ? { focus: this.focus } : {}),
			cap: this.cap,
			webgl: this.webgl
		};
	}

	/**
	 * Opens a shared view: its settings, then its nodes and every edge among them, where they were
	 * (laid out afresh when the link carried no positions). The renderer is the page's choice.
	 */
	async restoreView(state: ViewState): Promise<void> {
		this.layout = state.layout;
		this.sizeBy = state.sizeBy;
		this.filters = filtersFromView(state.filters);
		if (state.cap) this.cap = state.cap;
		if (state.nodes.length === 0) return;
		const payload = await this.#load(() => fetchSubgraph(this.fetcher, state.nodes));
		if (!payload) return;
		const positions = state.positions ?? {};
		const placed = payload.nodes.every((node) => positions[node.id]);
		await this.#apply(
			this.t('explorer.history.open'),
			(view) => {
				mergePayload(view, namedInLanguage(this.t, payload), { labeller: this.#labeller, around: viewCentre(view) });
				view.batch(() => {
					for (const [id, [x, y]] of Object.entries(positions)) view.getElementById(id).position({ x, y });
					for (const id of state.pinned ?? []) view.getElementById(id).addClass('pinned');
					for (const id of state.hidden ?? []) view.getElementById(id).addClass('hidden');
				});
				if (state.focus && view.getElementById(state.focus).nonempty()) {
					this.focus = state.focus;
					view.getElementById(state.focus).addClass('focus');
				}
				return true;
			},
			!placed,
			payload
		);
		if (placed && this.#cy) {
			markApproximate(this.#cy, this.layout === 'geographic');
			this.#bringIntoView(this.#cy.nodes(':visible'), false);
		}
		// The view is framed as it was shared: selecting must not move it.
		if (state.selection) this.select(state.selection, { centre: false });
	}

	/** Adds the neighbours of a node (at most `cap`), of some types or kinds only if asked. */
	async expand(id: string, only: { types?: RelationshipType[]; kinds?: EntityKind[] } = {}): Promise<void> {
		const node = this.#cy?.getElementById(id);
		if (!node || node.empty()) return;
		const name = String(node.data('label'));
		const restricted = (only.types?.length ?? 0) + (only.kinds?.length ?? 0) > 0;
		this.menu = null;
		// The cap field may be empty or out of range while someone types in it.
		const limit = Math.min(1000, Math.max(1, Math.round(Number(this.cap) || 100)));
		const payload = await this.#load(() =>
			fetchNeighbourhood(this.fetcher, { id, limit, types: only.types ?? [], kinds: only.kinds ?? [] })
		);
		if (!payload) return;
		const label = this.t('explorer.history.expand', { name });
		const change = (view: Core) => {
			const centre = view.getElementById(id).position();
			const result = mergePayload(view, namedInLanguage(this.t, payload), {
				labeller: this.#labeller,
				around: centre,
				skip: foldedIds(view)
			});
			const shown = payload.nodes.filter((neighbour) => neighbour.id !== id).length;
			// Links in the whole graph: close to the number of neighbours, the cap's "out of".
			const degree = payload.nodes.find((each) => each.id === id)?.degree ?? 0;
			if (payload.truncated) {
				const text =
					restricted || degree <= shown
						? this.t('explorer.notice.cappedLimit', { shown, limit })
						: this.t('explorer.notice.capped', { shown, total: degree });
				this.notice = { tone: 'info', text };
			} else if (result.addedNodes === 0) {
				this.notice = { tone: 'info', text: this.t('explorer.notice.nothingNew', { name }) };
			} else this.notice = null;
			return result.addedNodes + result.addedEdges > 0;
		};
		await this.#apply(label, change, true, payload);
	}

	/** Hides a node from the view (it stays, and comes back with "show hidden"). */
	hide(id: string): void {
		const node = this.#cy?.getElementById(id);
		if (!node || node.empty()) return;
		void this.#apply(this.t('explorer.history.hide', { name: node.data('label') }), () => {
			node.unselect().addClass('hidden');
			return true;
		});
	}

	showHidden(): void {
		void this.#apply(this.t('explorer.history.showHidden'), (view) => {
			view.nodes('.hidden').removeClass('hidden');
			return true;
		});
	}

	/** Takes a node out of the view; an expansion may bring it back. */
	remove(id: string): void {
		const node = this.#cy?.getElementById(id);
		if (!node || node.empty()) return;
		void this.#apply(this.t('explorer.history.remove', { name: node.data('label') }), () => {
			node.remove();
			if (this.focus === id) this.focus = null;
			return true;
		});
	}

	/** Pins a node where it is (no layout moves it), or frees it. */
	togglePin(id: string): void {
		const node = this.#cy?.getElementById(id);
		if (!node || node.empty()) return;
		const key = node.hasClass('pinned') ? 'explorer.history.unpin' : 'explorer.history.pin';
		void this.#apply(
			this.t(key, { name: node.data('label') }),
			() => {
				node.toggleClass('pinned');
				return true;
			},
			false
		);
	}

	/** Folds the members of a node (a cluster's members, an EPCI's communes) into one group node. */
	group(id: string): void {
		const node = this.#cy?.getElementById(id);
		if (!node || node.empty()) return;
		void this.#apply(this.t('explorer.history.group', { name: node.data('label') }), (view) => {
			const group = collapseMembers(view, id, {
				group: (count, kind) =>
					this.t('explorer.group.label', {
						count,
						members: this.t(`kind.${kind}.${count > 1 ? 'many' : 'one'}`).toLowerCase(),
						name: node.data('label')
					}),
				edge: this.#labeller
			});
			return group !== undefined;
		});
	}

	/** Reopens a group node. */
	async ungroup(groupId: string): Promise<void> {
		const group = this.#cy?.getElementById(groupId);
		if (!group || group.empty()) return;
		const anchor = this.#cy?.getElementById(group.data('anchor'));
		await this.#apply(
			this.t('explorer.history.ungroup', { name: anchor?.nonempty() ? anchor.data('label') : group.data('label') }),
			(view) => {
				return expandGroup(view, groupId).nonempty();
			}
		);
	}

	undo(): void {
		this.#travel((current) => this.#history.undo(current));
	}

	redo(): void {
		this.#travel((current) => this.#history.redo(current));
	}

	/** Starts again from an empty view (undoable). */
	clear(): void {
		void this.#apply(
			this.t('explorer.history.clear'),
			(view) => {
				view.elements().remove();
				this.focus = null;
				this.paths = null;
				return true;
			},
			false
		);
	}

	fit(): void {
		this.#bringIntoView(this.#cy?.nodes(':visible'));
	}

	async setLayout(name: LayoutName): Promise<void> {
		this.layout = name;
		this.#refresh();
		const cy = this.#cy;
		if (!cy) return;
		await this.#layout(cy, false);
		// A path on show stays the point of the view.
		const path = cy.nodes('.highlighted');
		if (path.nonempty()) this.#bringIntoView(path);
	}

	setSizeBy(measure: SizeMeasure): void {
		this.sizeBy = measure;
		this.#refresh();
	}

	setFilters(change: Partial<FilterState>): void {
		this.filters = { ...this.filters, ...change };
		this.#refresh();
	}

	resetFilters(): void {
		this.filters = structuredClone(noFilters);
		this.#refresh();
	}

	/** Selects one node or edge and, unless told not to, brings it into view. */
	select(id: string, { centre = true } = {}): void {
		const cy = this.#cy;
		const element = cy?.getElementById(id);
		if (!cy || !element || element.empty()) return;
		cy.elements(':selected').unselect();
		element.select();
		if (centre && element.isNode()) cy.animate({ center: { eles: element }, duration: this.animate() ? 250 : 0 });
		this.#updateSelection();
	}

	/** Finds the shortest paths between two entities, draws them and tells them as sentences. */
	async findPaths(from: string, to: string, options: PathOptions): Promise<void> {
		const result = await this.#load(() => fetchPaths(this.fetcher, { from, to, maxLength: options.maxLength, avoid: options.avoid }));
		if (!result) return;
		this.pathsTruncated = result.truncated;
		if (result.paths.length === 0) {
			this.paths = [];
			this.#highlight([], []);
			return;
		}
		const drawn = pathsPayload(result);
		const names = (id: string) => drawn.nodes.find((node) => node.id === id)?.name ?? id;
		const label = this.t('explorer.history.paths', { from: names(from), to: names(to) });
		const change = (view: Core) => {
			mergePayload(view, namedInLanguage(this.t, drawn), { labeller: this.#labeller, around: viewCentre(view), skip: foldedIds(view) });
			return true;
		};
		await this.#apply(label, change, true, drawn);
		this.paths = result.paths.map((path) => ({
			sentence: pathSentence(path, this.t),
			nodes: path.nodes.map((node) => node.id),
			edges: pathSteps(path).map((step) => step.edge.id)
		}));
		this.showPath(null);
		this.#bringIntoView(this.#cy?.nodes('.highlighted'));
	}

	/** Brings nodes into view, without zooming closer than the layouts do. */
	#bringIntoView(nodes: NodeCollection | undefined, animate = this.animate()): void {
		const cy = this.#cy;
		if (!cy || !nodes || nodes.empty()) return;
		const view = framing(
			cy,
			nodes.map((node) => node.position()),
			60,
			FIT_MAX_ZOOM
		);
		if (!('zoom' in view)) return;
		if (animate) cy.animate({ zoom: view.zoom, pan: view.pan, duration: 300 });
		else cy.viewport({ zoom: view.zoom, pan: view.pan });
	}

	/** Highlights one path (by index) or all of them (null). */
	showPath(index: number | null): void {
		this.activePath = index;
		const chosen = index === null ? (this.paths ?? []) : (this.paths ?? []).slice(index, index + 1);
		this.#highlight(
			chosen.flatMap((path) => path.nodes),
			chosen.flatMap((path) => path.edges)
		);
	}

	clearPaths(): void {
		this.paths = null;
		this.activePath = null;
		this.#highlight([], []);
	}

	#highlight(nodes: string[], edges: string[]): void {
		if (this.#cy) highlight(this.#cy, [...nodes, ...edges]);
	}

	/** Runs a request, with the busy flag on; a failure becomes a notice and `undefined`. */
	async #load<T>(work: () => Promise<T>): Promise<T | undefined> {
		this.busy = true;
		try {
			return await work();
		} catch (caught) {
			this.notice = { tone: 'error', text: this.#describe(caught) };
			return undefined;
		} finally {
			this.busy = false;
		}
	}

	#describe(caught: unknown): string {
		if (caught instanceof ApiError) {
			if (caught.status === 404) return this.t('explorer.error.notFound');
			if (caught.status === 503 || caught.status === 504) return caught.message;
			// The request line passed what the server accepts: a view of more than about a thousand entities.
			if (caught.status === 431) return this.t('explorer.error.tooLarge');
			return this.t('explorer.error.api', { status: caught.status, message: caught.message });
		}
		return this.t('explorer.error.network');
	}

	/**
	 * Makes one undoable change: the view before it goes into the history when `change` says it
	 * changed something; then the panels are refreshed and, if asked, the layout runs again
	 * (incrementally for fcose, so the view does not jump). `incoming` is what the change adds.
	 */
	async #apply(label: string, change: (cy: Core) => boolean, relayout = true, incoming?: GraphPayload): Promise<void> {
		if (incoming) await this.#expect(incoming);
		if (this.large) {
			// A large view keeps the page busy for seconds: say so on screen before it starts.
			this.busy = true;
			await nextPaint();
		}
		const cy = this.#cy;
		let changed = false;
		let placedBefore: number;
		try {
			if (!cy) return;
			const before = takeSnapshot(cy);
			placedBefore = cy.nodes().length;
			// One batch: Cytoscape styles what was added once, with its final sizes, labels and filters,
			// instead of once per step (seconds each on a view of thousands of elements).
			cy.batch(() => {
				changed = change(cy);
				if (!changed) return;
				this.#history.record(before, label);
				this.#refresh();
			});
		} finally {
			this.busy = false;
		}
		if (!cy || !changed) return;
		this.#followSize(cy);
		if (relayout && cy.nodes().nonempty()) {
			await this.#layout(cy, placedBefore > 1);
		}
	}

	/**
	 * Makes the view large before a payload that makes it so is added: the renderer for large views
	 * replaces the current one (GraphView re-creates the instance) while that is still cheap.
	 */
	async #expect(incoming: GraphPayload): Promise<void> {
		const cy = this.#cy;
		if (!cy || this.large) return;
		const nodes = cy.nodes().length + incoming.nodes.length;
		if (!isLargeView({ nodes, elements: cy.elements().length + incoming.nodes.length + incoming.edges.length })) return;
		this.large = true;
		await tick();
	}

	/**
	 * Large or ordinary again, after a change (not while an instance is being replaced, when the
	 * view is briefly empty).
	 */
	#followSize(cy: Core): void {
		this.large = isLargeView({ nodes: cy.nodes().length, elements: cy.elements().length }, this.large);
	}

	/** Runs the chosen layout, with `laying` on meanwhile (the graph says it is busy). */
	async #layout(cy: Core, incremental: boolean): Promise<void> {
		this.laying = true;
		try {
			await runLayout(cy, this.layout, { focus: this.focus ?? undefined, incremental, animate: this.animate() });
		} finally {
			this.laying = false;
		}
	}

	#travel(step: (current: ViewSnapshot) => ViewSnapshot | undefined): void {
		const cy = this.#cy;
		if (!cy) return;
		const target = step(takeSnapshot(cy));
		if (!target) return;
		restoreSnapshot(cy, target);
		this.menu = null;
		if (cy.elements('.highlighted').empty()) this.paths = null;
		if (this.focus && cy.getElementById(this.focus).empty()) this.focus = null;
		this.#refresh();
		this.#followSize(cy);
	}

	/** Mirrors the selection into the panels' state, once however many events fired together. */
	#soon(): void {
		if (this.#queued) return;
		this.#queued = true;
		queueMicrotask(() => {
			this.#queued = false;
			this.#updateSelection();
		});
	}

	/** Mirrors pan and zoom (for the map under the graph), at most once per frame. */
	#followViewport(): void {
		if (this.#viewportFrame) return;
		const later =
			typeof requestAnimationFrame === 'function' ? requestAnimationFrame : (next: () => void) => setTimeout(next, 16) as unknown as number;
		this.#viewportFrame = later(() => {
			this.#viewportFrame = 0;
			const cy = this.#cy;
			if (cy) this.viewport = { zoom: cy.zoom(), pan: { ...cy.pan() } };
		});
	}

	#refresh(): void {
		const cy = this.#cy;
		if (!cy) return;
		// Placing every node in its région costs a point-in-polygon test per node: only while the région filter asks.
		const regions = this.outlines && this.filters.region !== null ? regionCodes(cy, this.outlines) : undefined;
		this.counts = applyFilters(cy, $state.snapshot(this.filters) as FilterState, regions);
		applySizes(cy, this.sizeBy, this.layout === 'geographic' ? GEO_SIZE_SCALE : 1);
		labelBiggest(cy);
		const visible = cy.nodes().not('.hidden, .filtered');
		this.shown = visible
			.map((node) => ({ ...node.data() }) as NodeData)
			.sort((a, b) => a.label.localeCompare(b.label, 'fr', { sensitivity: 'base' }));
		this.themes = cy
			.nodes('.kind-Theme')
			.map((node) => ({ ...node.data() }) as NodeData)
			.sort((a, b) => a.label.localeCompare(b.label, 'fr'));
		this.hiddenCount = cy.nodes('.hidden').length;
		this.undoLabel = this.#history.undoLabel;
		this.redoLabel = this.#history.redoLabel;
		this.#updateSelection();
	}

	#updateSelection(): void {
		const cy = this.#cy;
		if (!cy) return;
		const selected = cy.elements(':selected');
		this.selectedCount = selected.length;
		if (selected.length !== 1) {
			this.selection = null;
			return;
		}
		const plain = (data: unknown) => ({ ...(data as object) }) as never;
		const edge = selected.edges()[0];
		if (edge) {
			this.selection = { type: 'edge', edge: plain(edge.data()), source: plain(edge.source().data()), target: plain(edge.target().data()) };
			return;
		}
		const element = selected.nodes()[0];
		const links = element.connectedEdges().map((link) => {
			const out = link.source().id() === element.id();
			return {
				edge: plain(link.data()),
				other: plain((out ? link.target() : link.source()).data()),
				direction: out ? 'out' : 'in'
			} as Link;
		});
		this.selection = { type: 'node', node: plain(element.data()), state: this.nodeState(element.id())!, links };
	}
}

function viewCentre(cy: Core): { x: number; y: number } {
	const pan = cy.pan();
	const zoom = cy.zoom();
	return { x: (cy.width() / 2 - pan.x) / zoom, y: (cy.height() / 2 - pan.y) / zoom };
}

/** Resolves once the browser has painted what changed (at once outside a browser). */
function nextPaint(): Promise<void> {
	if (typeof requestAnimationFrame !== 'function') return Promise.resolve();
	return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** Whether to animate: not for people who asked their system for reduced motion. */
function motion(): boolean {
	return typeof matchMedia !== 'function' || !matchMedia('(prefers-reduced-motion: reduce)').matches;
}
