import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { FIT_MAX_ZOOM } from '$lib/graph-view/layouts';
import { Viewport } from './viewport.svelte';

/** A headless instance with a box of 800 × 600 pixels, as if it were on screen. */
function onScreen() {
	const cy = cytoscape({ headless: true });
	cy.width = () => 800;
	cy.height = () => 600;
	return cy;
}

describe('Viewport', () => {
	it('mirrors pan and zoom once however many moves are reported', async () => {
		const cy = onScreen();
		const viewport = new Viewport({ cy }, () => false);
		cy.viewport({ zoom: 0.5, pan: { x: 10, y: 20 } });
		viewport.follow();
		cy.viewport({ zoom: 0.8, pan: { x: 30, y: 40 } });
		viewport.follow();
		expect(viewport.current).toEqual({ zoom: 1, pan: { x: 0, y: 0 } });
		await expect.poll(() => viewport.current).toEqual({ zoom: 0.8, pan: { x: 30, y: 40 } });
	});

	it('frames nodes inside the box, and never zooms closer than the layouts do', () => {
		const cy = onScreen();
		const viewport = new Viewport({ cy }, () => false);
		cy.add([
			{ data: { id: 'a' }, position: { x: 0, y: 0 } },
			{ data: { id: 'b' }, position: { x: 2000, y: 1000 } },
			{ data: { id: 'c' }, position: { x: 5000, y: 5000 } }
		]);
		viewport.frame(cy.nodes('#a, #b'));
		for (const id of ['a', 'b']) {
			const { x, y } = cy.getElementById(id).renderedPosition();
			expect(x).toBeGreaterThan(0);
			expect(x).toBeLessThan(800);
			expect(y).toBeGreaterThan(0);
			expect(y).toBeLessThan(600);
		}
		viewport.frame(cy.nodes('#c'));
		expect(cy.zoom()).toBe(FIT_MAX_ZOOM);
		expect(cy.getElementById('c').renderedPosition()).toEqual({ x: 400, y: 300 });
	});

	it('fits every node shown, and does nothing without an instance', () => {
		const cy = onScreen();
		new Viewport({ cy: undefined }, () => false).fit();
		const viewport = new Viewport({ cy }, () => false);
		cy.add([
			{ data: { id: 'a' }, position: { x: -3000, y: 0 } },
			{ data: { id: 'b' }, position: { x: 3000, y: 0 } }
		]);
		viewport.fit();
		expect(cy.getElementById('a').renderedPosition().x).toBeGreaterThan(0);
		expect(cy.getElementById('b').renderedPosition().x).toBeLessThan(800);
	});
});
