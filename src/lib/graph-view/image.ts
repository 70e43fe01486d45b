import cytoscape, { type Core } from 'cytoscape';

let svgRegistered: Promise<void> | undefined;

/**
 * The whole graph as an image, on white: PNG at twice the screen resolution (sharp when printed
 * or projected), or SVG text. The SVG extension is loaded the first time it is asked for, so the
 * explorer does not carry it otherwise.
 */
export async function captureImage(cy: Core, format: 'png' | 'svg'): Promise<Blob | string> {
	if (format === 'png') return cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' });
	svgRegistered ??= import('cytoscape-svg').then(({ default: svg }) => void cytoscape.use(svg));
	await svgRegistered;
	return (cy as Core & { svg(options: { full: boolean; bg: string }): string }).svg({ full: true, bg: '#ffffff' });
}
