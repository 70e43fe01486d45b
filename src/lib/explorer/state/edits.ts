import type { Core, ElementDefinition, NodeCollection } from 'cytoscape';
import type { Translate } from '$lib/i18n/translator';
import { collapseMembers, expandGroup } from '../groups';
import type { Canvas } from './canvas';
import { groupWords } from './draw';
import type { ExpandOnly, Graph } from './graph.svelte';
import type { Notices } from './notices.svelte';
import type { Paths } from './paths.svelte';
import type { Viewport } from './viewport.svelte';

/** What the node menu and the side panel can do to a node. */
export interface NodeCommands {
	expand(id: string, only?: ExpandOnly): Promise<void>;
	ungroup(id: string): Promise<void>;
	togglePin(id: string): void;
	group(id: string): void;
	hide(id: string): void;
	remove(id: string): void;
}

export interface EditsDependencies {
	canvas: Pick<Canvas, 'cy' | 'change'>;
	graph: Pick<Graph, 'focus'>;
	paths: Pick<Paths, 'forget'>;
	/** Brings a reopened group's members into view. */
	viewport?: Pick<Viewport, 'frame'>;
	/** Takes away a notice about the group once it is open. */
	notices?: Pick<Notices, 'dismiss'>;
	t: Translate;
}

/** The undoable edits of the view that load nothing: hide, pin, group, remove, clear. */
export class NodeEdits {
	constructor(private readonly deps: EditsDependencies) {}

	/** Hides a node from the view (it stays, and comes back with "show hidden"). */
	hide(id: string): void {
		const node = this.deps.canvas.cy?.getElementById(id);
		if (!node || node.empty()) return;
		void this.deps.canvas.change(this.deps.t('explorer.history.hide', { name: node.data('label') }), () => {
			node.unselect().addClass('hidden');
			return true;
		});
	}

	showHidden(): void {
		void this.deps.canvas.change(this.deps.t('explorer.history.showHidden'), (view) => {
			view.nodes('.hidden').removeClass('hidden');
			return true;
		});
	}

	/** Takes a node out of the view; an expansion may bring it back. */
	remove(id: string): void {
		const { canvas, graph, t } = this.deps;
		const node = canvas.cy?.getElementById(id);
		if (!node || node.empty()) return;
		void canvas.change(t('explorer.history.remove', { name: node.data('label') }), () => {
			node.remove();
			if (graph.focus === id) graph.focus = null;
			return true;
		});
	}

	/** Pins a node where it is (no layout moves it), or frees it. */
	togglePin(id: string): void {
		const node = this.deps.canvas.cy?.getElementById(id);
		if (!node || node.empty()) return;
		const key = node.hasClass('pinned') ? 'explorer.history.unpin' : 'explorer.history.pin';
		const change = () => {
			node.toggleClass('pinned');
			return true;
		};
		void this.deps.canvas.change(this.deps.t(key, { name: node.data('label') }), change, { relayout: false });
	}

	/** Folds the members of a node (a cluster's members, an EPCI's communes) into one group node. */
	group(id: string): void {
		const { canvas, t } = this.deps;
		const node = canvas.cy?.getElementById(id);
		if (!node || node.empty()) return;
		void canvas.change(t('explorer.history.group', { name: node.data('label') }), (view) => {
			const group = collapseMembers(view, id, groupWords(t, String(node.data('label'))));
			return group !== undefined;
		});
	}

	/** Reopens a group node. */
	async ungroup(groupId: string): Promise<void> {
		const cy = this.deps.canvas.cy;
		const group = cy?.getElementById(groupId);
		if (!cy || !group || group.empty()) return;
		const anchor = cy.getElementById(group.data('anchor'));
		const name = anchor.nonempty() ? anchor.data('label') : group.data('label');
		let restored: NodeCollection | undefined;
		const folded = group.data('folded') as ElementDefinition[];
		const incoming = { nodes: folded.filter((each) => each.group === 'nodes'), edges: folded.filter((each) => each.group === 'edges') };
		// The view may be another instance by then (a reopened group can make it large).
		const reopen = (view: Core) => {
			const members = expandGroup(view, groupId);
			restored = members.union(view.getElementById(String(group.data('anchor'))));
			return members.nonempty();
		};
		await this.deps.canvas.change(this.deps.t('explorer.history.ungroup', { name }), reopen, { incoming });
		// Hundreds of members may come back around their anchor: bring them in.
		if (restored?.nonempty()) {
			this.deps.notices?.dismiss();
			this.deps.viewport?.frame(restored);
		}
	}

	/** Starts again from an empty view (undoable). */
	clear(): void {
		const change = (view: Core) => {
			view.elements().remove();
			this.deps.graph.focus = null;
			this.deps.paths.forget();
			return true;
		};
		void this.deps.canvas.change(this.deps.t('explorer.history.clear'), change, { relayout: false });
	}
}
