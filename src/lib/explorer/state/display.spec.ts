import { describe, expect, it } from 'vitest';
import type { NodeCollection } from 'cytoscape';
import { toElements } from '$lib/graph-view/elements';
import { LARGE_VIEW } from '$lib/graph-view/scale';
import { Display } from './display.svelte';
import { cleonNeighbourhood, node, payload } from '../../../../tests/support/fixtures/graph-payloads';
import { testCanvas } from '../../../../tests/support/explorer-canvas';

/** A display over the Cléon neighbourhood; `framed` lists what it asked the viewport to frame. */
function displayOverCleon() {
	let display: Display | undefined = undefined;
	const canvas = testCanvas((cy) => display?.restyle(cy));
	const framed: NodeCollection[] = [];
	display = new Display({
		canvas,
		viewport: { frame: (nodes) => void (nodes && framed.push(nodes)) },
		focus: () => 'ecosystem-cleon-4-0',
		animate: () => false
	});
	canvas.cy.add(toElements(cleonNeighbourhood()));
	return { display, canvas, cy: canvas.cy, framed };
}

const companies = (count: number) =>
	payload(
		Array.from({ length: count }, (_, index) => node({ id: `company-${index}`, name: `Company ${index}`, kind: 'Company' })),
		[]
	);

describe('Display', () => {
	it('lays the view out again with another layout, busy meanwhile, around the focus', async () => {
		const { display, canvas, cy } = displayOverCleon();
		let layingMeanwhile = false;
		cy.one('layoutstart', () => void (layingMeanwhile = display.laying));
		await display.setLayout('concentric');
		expect(display.layout).toBe('concentric');
		expect(canvas.refreshes).toBe(1);
		expect(layingMeanwhile).toBe(true);
		expect(display.laying).toBe(false);
		// Concentric rings around the focus, one per link away from it.
		const focus = cy.getElementById('ecosystem-cleon-4-0').position();
		const away = (id: string) => Math.hypot(cy.getElementById(id).position().x - focus.x, cy.getElementById(id).position().y - focus.y);
		expect(away('commune-76178')).toBeGreaterThan(0);
		expect(away('commune-76178')).toBeLessThan(away('departement-76'));
		expect(away('departement-76')).toBeLessThan(away('region-28'));
	});

	it('keeps a path on show the point of the view when the layout changes', async () => {
		const { display, cy, framed } = displayOverCleon();
		await display.setLayout('breadthfirst');
		expect(framed).toHaveLength(0);
		cy.getElementById('region-28').addClass('highlighted');
		await display.setLayout('fcose');
		expect(framed.at(-1)?.map((each) => each.id())).toEqual(['region-28']);
	});

	it('sizes nodes by the chosen measure, smaller on the map', async () => {
		const { display, canvas, cy } = displayOverCleon();
		display.restyle(cy);
		const byDegree = cy.getElementById('departement-76').data('size');
		display.setSizeBy('funding');
		expect(canvas.refreshes).toBe(1);
		expect(cy.getElementById('ecosystem-cleon-4-0').data('size')).toBeGreaterThan(cy.getElementById('departement-76').data('size'));
		display.setSizeBy('degree');
		display.layout = 'geographic';
		display.restyle(cy);
		expect(cy.getElementById('departement-76').data('size')).toBeLessThan(byDegree);
		expect(cy.nodes('.labelled').nonempty()).toBe(true);
	});

	it('becomes large before a payload that makes the view large, and ordinary again when the view shrinks', async () => {
		const { display, cy } = displayOverCleon();
		await display.expect(cy, companies(10));
		expect(display.large).toBe(false);
		await display.expect(cy, companies(LARGE_VIEW.nodes + 10));
		expect(display.large).toBe(true);
		display.followSize(cy);
		expect(display.large).toBe(false);
	});
});
