import type { Core } from 'cytoscape';
import { graphSvg } from './svg-image';

/**
 * The whole graph as an image, on white: PNG at twice the screen resolution (sharp when printed
 * or projected), or SVG text written from what each element shows (`svg-image.ts`).
 */
export async function captureImage(cy: Core, format: 'png' | 'svg'): Promise<Blob | string> {
	if (format === 'png') return cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' });
	return graphSvg(cy);
}
