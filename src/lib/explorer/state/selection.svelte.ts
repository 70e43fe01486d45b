import type { Canvas } from './canvas';
import type { EdgeData, NodeData } from '$lib/graph-view/elements';
import { canGroup } from '../groups';

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

/** What is selected, as the side panel shows it: one node with its links, or one edge with its ends. */
export type Selected =
	{ type: 'node'; node: NodeData; state: NodeState; links: Link[] } | { type: 'edge'; edge: EdgeData; source: NodeData; target: NodeData };

/**
 * The selection. Cytoscape holds it; this unit mirrors it into what the panels show (once, however
 * many select events fire together) and selects on behalf of the panels.
 */
export class ViewSelection {
	/** The one element selected, or null (none, or several). */
	current = $state.raw<Selected | null>(null);
	/** How many elements are selected. */
	count = $state(0);

	#queued = false;

	/** @param animate whether centring on a node animates (read at each move) */
	constructor(
		private readonly canvas: Pick<Canvas, 'cy'>,
		private readonly animate: () => boolean
	) {}

	/** Selects one node or edge and, unless told not to, brings it into view. */
	select(id: string, { centre = true } = {}): void {
		const cy = this.canvas.cy;
		const element = cy?.getElementById(id);
		if (!cy || !element || element.empty()) return;
		cy.elements(':selected').unselect();
		element.select();
		if (centre && element.isNode()) cy.animate({ center: { eles: element }, duration: this.animate() ? 250 : 0 });
		this.mirror();
	}

	/** What the actions on a node depend on, read from the view now. */
	nodeState(id: string): NodeState | undefined {
		const cy = this.canvas.cy;
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

	/** Mirrors the selection once the events that fire together have all fired. */
	soon(): void {
		if (this.#queued) return;
		this.#queued = true;
		queueMicrotask(() => {
			this.#queued = false;
			this.mirror();
		});
	}

	/** Mirrors the selection now. */
	mirror(): void {
		const cy = this.canvas.cy;
		if (!cy) return;
		const selected = cy.elements(':selected');
		this.count = selected.length;
		if (selected.length !== 1) {
			this.current = null;
			return;
		}
		const plain = (data: unknown) => ({ ...(data as object) }) as never;
		const edge = selected.edges()[0];
		if (edge) {
			this.current = { type: 'edge', edge: plain(edge.data()), source: plain(edge.source().data()), target: plain(edge.target().data()) };
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
		this.current = { type: 'node', node: plain(element.data()), state: this.nodeState(element.id())!, links };
	}

	/** The selected node, if one node is selected. */
	get node(): NodeData | null {
		return this.current?.type === 'node' ? this.current.node : null;
	}
}
