import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

let registered = false;

/**
 * Registers the extensions every graph may use (the fcose layout), once for the whole app:
 * `cytoscape.use` warns on a second registration. The graph attachment and `runLayout` call it,
 * so a graph drawn in a page and one laid out headless in a test find the same layouts.
 */
export function registerExtensions(): void {
	if (registered) return;
	cytoscape.use(fcose);
	registered = true;
}

let svgRegistered: Promise<void> | undefined;

/** Registers the SVG export the first time it is asked for, so that pages which never export do not load it. */
export function registerSvgExport(): Promise<void> {
	svgRegistered ??= import('cytoscape-svg').then(({ default: svg }) => void cytoscape.use(svg));
	return svgRegistered;
}
