import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toElements } from '../elements';
import { cleonNeighbourhood } from '../../../../tests/support/fixtures/graph-payloads';
import { framing } from './shown';

function cleonGraph() {
	return cytoscape({ headless: true, elements: toElements(cleonNeighbourhood()) });
}

describe('framing', () => {
	it('frames the points in the graph box, never closer than the zoom limit', () => {
		const cy = cleonGraph();
		cy.width = () => 800;
		cy.height = () => 600;
		const wide = framing(
			cy,
			[
				{ x: 0, y: 0 },
				{ x: 2000, y: 1000 }
			],
			40,
			1.2
		) as { zoom: number; pan: { x: number; y: number } };
		expect(wide.zoom).toBeCloseTo((800 - 80) / (2000 + 64));
		expect(wide.pan.x + wide.zoom * 1000).toBeCloseTo(400);
		const tight = framing(cy, [{ x: 10, y: 10 }], 40, 1.2) as { zoom: number };
		expect(tight.zoom).toBe(1.2);
	});

	it('lets the layout fit by itself when the graph has no size on screen', () => {
		expect(framing(cleonGraph(), [{ x: 0, y: 0 }], 40, 1.2)).toEqual({});
	});
});
