import type { Core } from 'cytoscape';
import type { Fetch } from '$lib/client/http';
import type { EntityKind, RelationshipType } from '$lib/domain/model';
import type { ViewState } from '$lib/domain/view';
import type { Translate } from '$lib/i18n/translator';
import type { NodeData } from '$lib/graph-view/elements';
import { markApproximate } from '$lib/graph-view/layouts';
import type { NeighbourCounts } from '$lib/domain/graph';
import { fetchNeighbourCounts, fetchNeighbourhood, fetchSubgraph } from '../api';
import { foldLargeSets, groupId, largeSetsIn, NO_LARGE_SETS, withoutLargeSets } from '../groups';
import type { Canvas } from './canvas';
import type { Display } from './display.svelte';
import { drawPayload, groupWords } from './draw';
import type { Menu } from './menu.svelte';
import type { Notices } from './notices.svelte';
import type { ViewSelection } from './selection.svelte';
import type { Viewport } from './viewport.svelte';

/** Most ids sent with a subgraph request, to link a new node to what is shown (keeps the URL short). */
const SUBGRAPH_IDS = 300;

/** An expansion restricted to some relationship types or kinds of neighbour. */
export interface ExpandOnly {
	types?: RelationshipType[];
	kinds?: EntityKind[];
	/** Opens the node even when it has more neighbours than the cap (the person chose its best ones). */
	confirmed?: boolean;
	/** Most neighbours to add, instead of the cap (1 to 1,000). */
	limit?: number;
	/** Neighbours up to two hops away; the second hop passes through themes, places and hubs only with `follow: 'all'`. */
	depth?: 1 | 2;
	follow?: 'capped' | 'all';
}

/**
 * A node with more neighbours than the cap, not opened yet: the person chooses kinds of
 * neighbour, or the cap's best ones (the supernode safeguard).
 */
export interface PendingExpansion {
	id: string;
	name: string;
	limit: number;
	counts: NeighbourCounts;
}

export interface GraphDependencies {
	canvas: Pick<Canvas, 'cy' | 'change'>;
	notices: Pick<Notices, 'run' | 'inform' | 'fail' | 'dismiss'>;
	selection: Pick<ViewSelection, 'select'>;
	menu: Pick<Menu, 'close'>;
	display: Pick<Display, 'layout'>;
	viewport: Pick<Viewport, 'frame'>;
	fetcher: Fetch;
	t: Translate;
}

/**
 * What the view holds, and the verbs that load it from the API: add an entity, expand a node (at
 * most `cap` neighbours), open a shared view. Mirrors the nodes shown, for the node list.
 */
export class Graph {
	/** Most neighbours an expansion adds (a field a person types in: it may be empty or out of range). */
	cap = $state(100);
	/** The entity the view grew from: layouts put it at the centre. */
	focus = $state<string | null>(null);
	/** Nodes shown (neither hidden by a person nor filtered out), by name. */
	shown = $state.raw<NodeData[]>([]);
	hiddenCount = $state(0);
	/** The view holds no node at all, hidden or not. */
	empty = $state(true);
	/** A node too large to open at once, waiting for the person's choice. */
	pending = $state.raw<PendingExpansion | null>(null);

	constructor(private readonly deps: GraphDependencies) {}

	/**
	 * Adds an entity to the view, linked to what is already there; with `expand`, its
	 * neighbourhood too. The new node is selected, so the side panel shows it.
	 */
	async add(id: string, { expand = false } = {}): Promise<void> {
		const { canvas, notices, selection, t } = this.deps;
		const cy = canvas.cy;
		if (!cy) return;
		if (cy.getElementById(id).nonempty()) {
			selection.select(id);
			if (expand) await this.expand(id);
			return;
		}
		const others = cy
			.nodes()
			.not('.group')
			.map((node) => node.id())
			.slice(0, SUBGRAPH_IDS);
		const payload = await notices.run(() => fetchSubgraph(this.deps.fetcher, [id, ...others]));
		const entity = payload?.nodes.find((node) => node.id === id);
		if (!payload || !entity) {
			if (payload) notices.fail(t('explorer.error.notFound'));
			return;
		}
		const change = (view: Core) => {
			drawPayload(view, payload, t);
			this.focus ??= id;
			view.getElementById(this.focus).addClass('focus');
			return true;
		};
		await canvas.change(t('explorer.history.add', { name: entity.name }), change, { incoming: payload });
		selection.select(id);
		if (expand) await this.expand(id);
	}

	/** Adds the neighbours of a node (at most `cap`), of some types or kinds only if asked. */
	async expand(id: string, only: ExpandOnly = {}): Promise<void> {
		const { canvas, notices, t } = this.deps;
		const node = canvas.cy?.getElementById(id);
		if (!node || node.empty()) return;
		const name = String(node.data('label'));
		const restricted = (only.types?.length ?? 0) + (only.kinds?.length ?? 0) > 0;
		this.deps.menu.close();
		const limit = Math.min(1000, Math.max(1, Math.round(Number(only.limit ?? this.cap) || 100)));
		this.pending = null;
		// Two hops are cut by the ranking and the capped second hop: only a single hop asks first.
		if (!restricted && !only.confirmed && only.depth !== 2 && Number(node.data('degree')) > limit) {
			const counts = await notices.run(() => fetchNeighbourCounts(this.deps.fetcher, id));
			if (!counts) return;
			if (counts.total > limit) {
				this.pending = { id, name, limit, counts };
				return;
			}
		}
		const payload = await notices.run(() =>
			fetchNeighbourhood(this.deps.fetcher, {
				id,
				limit,
				types: only.types ?? [],
				kinds: only.kinds ?? [],
				...(only.depth === 2 ? { depth: 2, follow: only.follow ?? 'capped' } : {})
			})
		);
		if (!payload) return;
		// Asked for in full (a kind chosen, two hops), a set opens; otherwise a large one arrives folded.
		const large = restricted || only.confirmed || only.depth === 2 ? NO_LARGE_SETS : largeSetsIn(payload, id);
		const change = (view: Core) => {
			const result = drawPayload(view, payload, t, { around: view.getElementById(id).position() });
			const folded = foldLargeSets(view, id, large, result.nodes, groupWords(t, name));
			const shown = payload.nodes.filter((neighbour) => neighbour.id !== id).length;
			// Links in the whole graph: close to the number of neighbours, the cap's "out of".
			const degree = payload.nodes.find((each) => each.id === id)?.degree ?? 0;
			if (payload.truncated) {
				notices.inform(
					restricted || degree <= shown
						? t('explorer.notice.cappedLimit', { shown, limit })
						: t('explorer.notice.capped', { shown, total: degree })
				);
			} else if ((payload.unfollowed?.length ?? 0) > 0) {
				notices.inform(t('explorer.notice.unfollowed', { count: payload.unfollowed!.length }), {
					label: t('explorer.notice.follow'),
					run: () => this.expand(id, { ...only, depth: 2, follow: 'all', confirmed: true })
				});
			} else if (result.addedNodes === 0) notices.inform(t('explorer.notice.nothingNew', { name }));
			else if (folded.length > 0) {
				const groups = folded.map((group) => String(group.data('label')));
				notices.inform(t('explorer.notice.folded', { count: groups.length, groups: groups.join(', ') }));
			} else notices.dismiss();
			return result.addedNodes + result.addedEdges > 0;
		};
		await canvas.change(t('explorer.history.expand', { name }), change, { incoming: withoutLargeSets(payload, large) });
		// Bring the node and what it opened into view: hundreds of new neighbours may reach far off screen.
		const cy = canvas.cy;
		if (cy) {
			const opened = payload.nodes.map((each) => each.id);
			const groups = `${groupId(id)}:`;
			this.deps.viewport.frame(cy.nodes(':visible').filter((each) => opened.includes(each.id()) || each.id().startsWith(groups)));
		}
	}

	/** Opens the pending node: the kinds chosen (each in full, up to 1,000), or its best neighbours up to the cap. */
	async choose(kinds: EntityKind[]): Promise<void> {
		const pending = this.pending;
		if (!pending) return;
		this.pending = null;
		if (kinds.length === 0) return this.expand(pending.id, { confirmed: true });
		const wanted = pending.counts.kinds.filter((each) => kinds.includes(each.kind)).reduce((sum, each) => sum + each.count, 0);
		return this.expand(pending.id, { kinds, confirmed: true, limit: Math.max(pending.limit, wanted) });
	}

	/**
	 * Opens the nodes of a shared view and every edge among them, where they were (laid out afresh
	 * when the link carried no positions), with its pins, hidden nodes, focus and selection.
	 */
	async open(state: ViewState): Promise<void> {
		const { canvas, notices, t } = this.deps;
		if (state.nodes.length === 0) return;
		const payload = await notices.run(() => fetchSubgraph(this.deps.fetcher, state.nodes));
		if (!payload) return;
		const positions = state.positions ?? {};
		const placed = payload.nodes.every((node) => positions[node.id]);
		const change = (view: Core) => {
			drawPayload(view, payload, t, { keepFolded: false });
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
		};
		await canvas.change(t('explorer.history.open'), change, { relayout: !placed, incoming: payload });
		const cy = canvas.cy;
		if (placed && cy) {
			markApproximate(cy, this.deps.display.layout === 'geographic');
			this.deps.viewport.frame(cy.nodes(':visible'), false);
		}
		// The view is framed as it was shared: selecting must not move it.
		if (state.selection) this.deps.selection.select(state.selection, { centre: false });
	}

	/** Mirrors what the view holds into the node list and the toolbar. */
	mirror(cy: Core): void {
		this.shown = cy
			.nodes()
			.not('.hidden, .filtered')
			.map((node) => ({ ...node.data() }) as NodeData)
			.sort((a, b) => a.label.localeCompare(b.label, 'fr', { sensitivity: 'base' }));
		this.hiddenCount = cy.nodes('.hidden').length;
		this.empty = cy.nodes().empty();
	}
}
