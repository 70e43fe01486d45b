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
