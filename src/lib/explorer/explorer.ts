import type { Core, EventObject, Position } from 'cytoscape';
import type { Fetch } from '$lib/client/http';
import { roundPositions, type ViewState } from '$lib/domain/view';
import type { Translate } from '$lib/i18n/translator';
import { foldedIds } from './groups';
import { restoreSnapshot, takeSnapshot, type ViewSnapshot } from './history';
import type { Canvas, ChangeOptions } from './state/canvas';
import { Display } from './state/display.svelte';
import { NodeEdits, type NodeCommands } from './state/edits';
import { Filters } from './state/filters.svelte';
import { Graph } from './state/graph.svelte';
import { UndoHistory } from './state/history.svelte';
import { Menu } from './state/menu.svelte';
import { Notices } from './state/notices.svelte';
import { Paths } from './state/paths.svelte';
import { ViewSelection } from './state/selection.svelte';
import { Viewport } from './state/viewport.svelte';

/**
 * The explorer: the composition root of its units (state/), each a narrow piece of state with its
 * verbs, which components receive one by one. It owns the Cytoscape instance, which is the source
 * of truth for what is drawn, and is the `Canvas` the units change it through: one undoable change
 * at a time, after which every unit mirrors the view again. It also reads and opens a whole view
 * as a link.
 */
export class Explorer implements Canvas {
	readonly notices: Notices;
	readonly history: UndoHistory;
	readonly filters: Filters;
	readonly viewport: Viewport;
	readonly display: Display;
	readonly selection: ViewSelection;
	readonly menu = new Menu();
	readonly graph: Graph;
	readonly paths: Paths;
	readonly edits: NodeEdits;
	/** What the node menu and the side panel can do to a node. */
	readonly commands: NodeCommands;

	#cy: Core | undefined;
	/** The view, and where it was looked at, while no instance exists (between one renderer and the next). */
	#saved: { snapshot: ViewSnapshot; zoom: number; pan: Position } | undefined;

	/**
	 * @param fetcher the page's `fetch`
	 * @param t the page's translator
	 * @param animate whether layouts and moves animate (off in tests; else per the reduced-motion preference)
	 */
	constructor(fetcher: Fetch, t: Translate, animate: () => boolean = motion) {
		this.notices = new Notices(t);
		this.history = new UndoHistory(this);
		this.filters = new Filters(this);
		this.viewport = new Viewport(this, animate);
		this.display = new Display({ canvas: this, viewport: this.viewport, focus: () => this.graph.focus ?? undefined, animate });
		this.selection = new ViewSelection(this, animate);
		const { notices, selection, menu, display, viewport } = this;
		this.graph = new Graph({ canvas: this, notices, selection, menu, display, viewport, fetcher, t });
		this.paths = new Paths({ canvas: this, notices, viewport, fetcher, t });
		this.edits = new NodeEdits({ canvas: this, graph: this.graph, paths: this.paths, viewport, notices, t });
		const { graph, edits } = this;
		this.commands = {
			expand: (id, only) => graph.expand(id, only),
			ungroup: (id) => edits.ungroup(id),
			togglePin: (id) => edits.togglePin(id),
			group: (id) => edits.group(id),
			hide: (id) => edits.hide(id),
			remove: (id) => edits.remove(id)
		};
	}

	/** The Cytoscape instance, for what reads the whole view (exports); undefined while none is attached. */
	get cy(): Core | undefined {
		return this.#cy;
	}

	/** Hands the explorer its Cytoscape instance; the returned function lets it go (before `cy.destroy()`). */
	attach(cy: Core): () => void {
		this.#cy = cy;
		const saved = this.#saved;
		this.#saved = undefined;
		cy.on('select unselect', () => this.selection.soon());
		cy.on('dbltap', 'node', (event: EventObject) => {
			const node = event.target;
			void (node.hasClass('group') ? this.edits.ungroup(node.id()) : this.graph.expand(node.id()));
		});
		cy.on('cxttap', 'node', (event: EventObject) => {
			const node = this.selection.nodeState(event.target.id());
			if (node) this.menu.show(node, event.renderedPosition.x, event.renderedPosition.y);
		});
		cy.on('tap', () => this.menu.close());
		cy.on('mouseover', 'node, edge', (event: EventObject) => void event.target.addClass('hover'));
		cy.on('mouseout', 'node, edge', (event: EventObject) => void event.target.removeClass('hover'));
		cy.on('viewport resize', () => this.viewport.follow());
		cy.batch(() => {
			if (saved) restoreSnapshot(cy, saved.snapshot);
			this.refresh();
		});
		// The same view with the other renderer, framed as it was.
		if (saved) cy.viewport({ zoom: saved.zoom, pan: saved.pan });
		return () => {
			this.#saved = { snapshot: takeSnapshot(cy), zoom: cy.zoom(), pan: { ...cy.pan() } };
			this.#cy = undefined;
		};
	}

	/**
	 * Makes one undoable change: the view before it goes into the history when `edit` says it
	 * changed something; then the units mirror the view and, if asked, the layout runs again
	 * (incrementally for fcose, so the view does not jump).
	 */
	async change(label: string, edit: (cy: Core) => boolean, { relayout = true, incoming }: ChangeOptions = {}): Promise<void> {
		if (incoming && this.#cy) await this.display.expect(this.#cy, incoming);
		if (this.display.large) {
			// A large view keeps the page busy for seconds: say so on screen before it starts.
			this.notices.busy = true;
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
				changed = edit(cy);
				if (!changed) return;
				this.history.record(before, label);
				this.refresh();
			});
		} finally {
			this.notices.busy = false;
		}
		if (!cy || !changed) return;
		this.display.followSize(cy);
		// Growing from one node is incremental too: its neighbours start around it (`arrivalPosition`),
		// where a fresh draft layout of a large view piled 707 communes onto one point.
		if (relayout && cy.nodes().nonempty()) await this.display.arrange(cy, placedBefore >= 1);
	}

	/** Mirrors the view into every unit: filters first (what they leave decides what is shown), then sizes and labels. */
	refresh(): void {
		const cy = this.#cy;
		if (!cy) return;
		this.filters.apply(cy);
		this.display.restyle(cy);
		this.graph.mirror(cy);
		this.selection.mirror();
	}

	/** Puts a past view back; the menu, the paths and the focus go if what they pointed at went. */
	restore(snapshot: ViewSnapshot): void {
		const cy = this.#cy;
		if (!cy) return;
		restoreSnapshot(cy, snapshot);
		this.menu.close();
		if (cy.elements('.highlighted').empty()) this.paths.forget();
		if (this.graph.focus && cy.getElementById(this.graph.focus).empty()) this.graph.focus = null;
		this.refresh();
		this.display.followSize(cy);
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
		const { display, graph } = this;
		return {
			v: 1,
			nodes,
			positions: roundPositions(positions),
			pinned: entities?.filter('.pinned').map((node) => node.id()) ?? [],
			hidden: entities?.filter('.hidden').map((node) => node.id()) ?? [],
			layout: display.layout,
			sizeBy: display.sizeBy,
			filters: structuredClone(this.filters.value),
			...(selected?.length === 1 && !selected[0].hasClass('group') ? { selection: selected[0].id() } : {}),
			...(graph.focus ? { focus: graph.focus } : {}),
			cap: graph.cap,
			webgl: display.webgl
		};
	}

	/**
	 * Opens a shared view: its settings (WebGL only where this browser has it), then its nodes,
	 * where they were (see `Graph.open`).
	 */
	async restoreView(state: ViewState): Promise<void> {
		this.display.webgl = (state.webgl ?? false) && this.display.webglAvailable;
		this.display.layout = state.layout;
		this.display.sizeBy = state.sizeBy;
		this.filters.replace(state.filters);
		if (state.cap) this.graph.cap = state.cap;
		await this.graph.open(state);
	}
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
