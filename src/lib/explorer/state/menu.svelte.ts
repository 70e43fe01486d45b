import type { NodeState } from './selection.svelte';

/** Where the node menu opened: a node, and a point in pixels in the graph's box. */
export interface MenuPlace {
	node: NodeState;
	x: number;
	y: number;
}

/** The menu of actions on one node (a right click, a long press), open on one node at most. */
export class Menu {
	current = $state.raw<MenuPlace | null>(null);

	show(node: NodeState, x: number, y: number): void {
		this.current = { node, x, y };
	}

	close(): void {
		this.current = null;
	}
}
