// cytoscape-fcose and cytoscape-svg ship no types: both are Cytoscape extensions, registered with `cytoscape.use`.
declare module 'cytoscape-fcose' {
	import type { Ext } from 'cytoscape';
	const fcose: Ext;
	export default fcose;
}

declare module 'cytoscape-svg' {
	import type { Ext } from 'cytoscape';
	const svg: Ext;
	export default svg;
}
