import cytoscape, { type Core, type CytoscapeOptions, type ElementDefinition, type LayoutOptions, type StylesheetJson } from 'cytoscape';
import { untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import { registerExtensions } from './extensions';

/** A graph as data: what to draw, how it looks, how it is laid out, and Cytoscape's other options. */
export interface GraphSpec {
	elements?: ElementDefinition[];
	style?: StylesheetJson;
	/** Run once the caller has prepared the instance (sizes, classes), so the layout sees them. */
	layout?: LayoutOptions;
	/** Zoom limits, renderer, selection…: anything else Cytoscape takes, but the container. */
	options?: Omit<CytoscapeOptions, 'container' | 'elements' | 'style' | 'layout'> & { renderer?: { name: string; webgl?: boolean } };
}

/**
 * The one place a graph on a page is born and dies: an attachment (`{@attach attachGraph(spec)}`)
 * that registers the extensions, creates the Cytoscape instance in its element from `spec`,
 * hands it to `prepare` (which may return its own clean-up) and runs the layout; on the way out
 * the instance is destroyed. Only a new `spec` makes a new graph: what `prepare` reads is not
 * tracked, so state it touches (the explorer's, a "ready" flag) never re-creates the instance.
 */
export function attachGraph(spec: GraphSpec, prepare?: (cy: Core) => void | (() => void)): Attachment<HTMLElement> {
	return (container) => {
		registerExtensions();
		const cy = cytoscape({ ...spec.options, container, elements: spec.elements, style: spec.style } as CytoscapeOptions);
		const release = untrack(() => {
			const prepared = prepare?.(cy);
			if (spec.layout) cy.layout(spec.layout).run();
			return prepared;
		});
		return () => {
			release?.();
			cy.destroy();
		};
	};
}
