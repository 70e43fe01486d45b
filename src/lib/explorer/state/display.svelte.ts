import type { Core } from 'cytoscape';
import { tick } from 'svelte';
import { lastGeoFrame, runLayout, type GeoFrame, type LayoutName } from '$lib/graph-view/layouts';
import { isLargeView } from '$lib/graph-view/scale';
import { applySizes, labelBiggest, type SizeMeasure } from '$lib/graph-view/style';
import type { Canvas, Incoming } from './canvas';
import type { Viewport } from './viewport.svelte';

/** Nodes are smaller on the map: many share a commune or a territory. */
const GEO_SIZE_SCALE = 0.6;

export interface DisplayDependencies {
	canvas: Pick<Canvas, 'cy' | 'refresh'>;
	viewport: Pick<Viewport, 'frame'>;
	/** The node layouts put at the centre, if any. */
	focus: () => string | undefined;
	/** Whether layouts animate (read at each run). */
	animate: () => boolean;
}

/**
 * How the graph is drawn: layout, size measure, renderer (WebGL; the settings for large views),
 * and whether a layout is moving the nodes. GraphView re-creates the instance when `webgl` or
 * `large` changes.
 */
export class Display {
	layout = $state<LayoutName>('fcose');
	sizeBy = $state<SizeMeasure>('degree');
	webgl = $state(false);
	/** Whether this browser can draw with WebGL (the page finds out). */
	webglAvailable = $state(false);
	/** A large view (see scale.ts), which GraphView draws with the settings for large views. */
	large = $state(false);
	/** A layout is moving the nodes. */
	laying = $state(false);
	/** How the map is magnified around the places shown (the map layer draws through it). */
	geoFrame = $state.raw<GeoFrame>({ centre: { x: 0, y: 0 }, scale: 1 });

	constructor(private readonly deps: DisplayDependencies) {}

	/** Lays the view out again with another layout; a path on show stays the point of the view. */
	async setLayout(name: LayoutName): Promise<void> {
		this.layout = name;
		this.deps.canvas.refresh();
		const cy = this.deps.canvas.cy;
		if (!cy) return;
		await this.arrange(cy, false);
		const path = cy.nodes('.highlighted');
		if (path.nonempty()) this.deps.viewport.frame(path);
	}

	setSizeBy(measure: SizeMeasure): void {
		this.sizeBy = measure;
		this.deps.canvas.refresh();
	}

	/** Sizes the nodes by the chosen measure (smaller on the map) and labels the biggest. */
	restyle(cy: Core): void {
		applySizes(cy, this.sizeBy, this.layout === 'geographic' ? GEO_SIZE_SCALE : 1);
		labelBiggest(cy);
	}

	/** Runs the chosen layout, with `laying` on meanwhile (the graph says it is busy). */
	async arrange(cy: Core, incremental: boolean): Promise<void> {
		this.laying = true;
		try {
			const laid = runLayout(cy, this.layout, { focus: this.deps.focus(), incremental, animate: this.deps.animate() });
			// The frame is known once the layout starts: the map moves with the nodes.
			if (this.layout === 'geographic') this.geoFrame = lastGeoFrame(cy);
			await laid;
		} finally {
			this.laying = false;
		}
	}

	/**
	 * Makes the view large before a payload that makes it so is added: the renderer for large views
	 * replaces the current one (GraphView re-creates the instance) while that is still cheap.
	 */
	async expect(cy: Core, incoming: Incoming): Promise<void> {
		if (this.large) return;
		const nodes = cy.nodes().length + incoming.nodes.length;
		if (!isLargeView({ nodes, elements: cy.elements().length + incoming.nodes.length + incoming.edges.length })) return;
		this.large = true;
		await tick();
	}

	/**
	 * Large or ordinary again, after a change (not while an instance is being replaced, when the
	 * view is briefly empty).
	 */
	followSize(cy: Core): void {
		this.large = isLargeView({ nodes: cy.nodes().length, elements: cy.elements().length }, this.large);
	}
}
