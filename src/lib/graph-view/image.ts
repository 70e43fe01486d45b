import type { Core } from 'cytoscape';
import { registerSvgExport } from './extensions';

/**
 * The whole graph as an image, on white: PNG at twice the screen resolution (sharp when printed
 * or projected), or SVG text (its extension loaded on the first SVG export).
 */
export async function captureImage(cy: Core, format: 'png' | 'svg'): Promise<Blob | string> {
	if (format === 'png') return cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' });
	await registerSvgExport();
	return (cy as Core & { svg(options: { full: boolean; bg: string }): string }).svg({ full: true, bg: '#ffffff' });
}
