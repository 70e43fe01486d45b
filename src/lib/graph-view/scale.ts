/**
 * When a view is "large", and what changes then. Measured by `npm run bench:explorer` (README,
 * "Mesures"): past these sizes the choices made for ordinary views freeze the page — fcose takes
 * tens of seconds, and every zoom step redraws thousands of edges.
 *
 * A large view:
 * - is laid out by fcose in "draft" quality (its spectral step only: about a second where the
 *   full layout takes minutes), without animation;
 * - keeps its layout as it grows: new nodes stay on the ring around the node that brought them,
 *   instead of the whole graph moving again at every expansion;
 * - has edges that ignore the pointer (finding what lies under the mouse tests every element);
 * - is drawn, while it is panned or zoomed, from a still image of the graph taken when the move
 *   starts (Cytoscape's `textureOnViewport`), redrawn in full when the move stops.
 */
export const LARGE_VIEW = { nodes: 300, elements: 1_500 } as const;

/** A large view becomes ordinary again below 80% of the thresholds, so it does not flip at every change around them. */
const BACK_TO_ORDINARY = 0.8;

export interface ViewSize {
	nodes: number;
	/** Nodes and edges. */
	elements: number;
}

/** Whether a view of this size is large; `wasLarge` keeps a view large until it shrinks well below the thresholds. */
export function isLargeView(size: ViewSize, wasLarge = false): boolean {
	const scale = wasLarge ? BACK_TO_ORDINARY : 1;
	return size.nodes > LARGE_VIEW.nodes * scale || size.elements > LARGE_VIEW.elements * scale;
}

/** How fcose runs on a view: not at all, in full, or in draft quality. */
export type FcosePlan = { run: false } | { run: true; quality: 'default' | 'draft'; randomize: boolean; animate: boolean };

/**
 * The fcose run for a view of this size. Draft quality cannot refine existing positions (fcose
 * ignores it without `randomize`), so a large view that only grew is not laid out again.
 */
export function fcosePlan(size: ViewSize, incremental: boolean, animate: boolean): FcosePlan {
	if (!isLargeView(size)) return { run: true, quality: 'default', randomize: !incremental, animate };
	if (incremental) return { run: false };
	return { run: true, quality: 'draft', randomize: true, animate: false };
}
