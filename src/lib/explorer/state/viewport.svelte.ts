import type { NodeCollection } from 'cytoscape';
import { FIT_MAX_ZOOM, framing } from '$lib/graph-view/layouts';
import type { Canvas } from './canvas';

/** Margin kept around framed nodes, in pixels. */
const FRAME_PADDING = 60;

/**
 * Where the graph is looked at: pan and zoom mirrored from Cytoscape (the map under the graph
 * follows them), and the framing of nodes.
 */
export class Viewport {
	current = $state.raw({ zoom: 1, pan: { x: 0, y: 0 } });

	#frame = 0;

	/** @param animate whether moves animate (read at each move) */
	constructor(
		private readonly canvas: Pick<Canvas, 'cy'>,
		private readonly animate: () => boolean
	) {}

	/** Mirrors pan and zoom, at most once per frame (Cytoscape reports every step of a move). */
	follow(): void {
		if (this.#frame) return;
		const later =
			typeof requestAnimationFrame === 'function' ? requestAnimationFrame : (next: () => void) => setTimeout(next, 16) as unknown as number;
		this.#frame = later(() => {
			this.#frame = 0;
			const cy = this.canvas.cy;
			if (cy) this.current = { zoom: cy.zoom(), pan: { ...cy.pan() } };
		});
	}

	/** Brings nodes into view, without zooming closer than the layouts do. */
	frame(nodes: NodeCollection | undefined, animate = this.animate()): void {
		const cy = this.canvas.cy;
		if (!cy || !nodes || nodes.empty()) return;
		const view = framing(
			cy,
			nodes.map((node) => node.position()),
			FRAME_PADDING,
			FIT_MAX_ZOOM
		);
		if (!('zoom' in view)) return;
		if (animate) cy.animate({ zoom: view.zoom, pan: view.pan, duration: 300 });
		else cy.viewport({ zoom: view.zoom, pan: view.pan });
	}

	/** Frames every node shown. */
	fit(): void {
		this.frame(this.canvas.cy?.nodes(':visible'));
	}
}
