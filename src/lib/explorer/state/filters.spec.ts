import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toElements } from '$lib/graph-view/elements';
import type { OutlineCollection } from '$lib/graph-view/projection';
import { Filters } from './filters.svelte';
import { cleonNeighbourhood } from '../../../../tests/support/fixtures/graph-payloads';
import { testCanvas } from '../../../../tests/support/explorer-canvas';

/** Filters over the Cléon neighbourhood; the canvas re-applies them on every refresh, as the explorer does. */
function filtersOverCleon() {
	let filters: Filters | undefined = undefined;
	const canvas = testCanvas((cy) => filters?.apply(cy));
	filters = new Filters(canvas);
	canvas.cy.add(toElements(cleonNeighbourhood()));
	return { filters, canvas, cy: canvas.cy };
}

describe('Filters', () => {
	it('counts everything until a criterion is set, then fades what does not pass', () => {
		const { filters, canvas, cy } = filtersOverCleon();
		filters.apply(cy);
		expect(filters.counts).toMatchObject({ nodes: 7, totalNodes: 7 });
		filters.set({ kinds: ['Commune'] });
		expect(canvas.refreshes).toBe(1);
		expect(filters.counts).toMatchObject({ nodes: 6, totalNodes: 7 });
		expect(cy.getElementById('commune-76178').hasClass('faded')).toBe(true);
		filters.reset();
		expect(filters.value).toEqual({ mode: 'fade' });
		expect(cy.elements('.faded')).toHaveLength(0);
	});

	it('holds only what filters: a criterion set to nothing is dropped', () => {
		const { filters } = filtersOverCleon();
		filters.set({ kinds: ['Commune'], status: ['ongoing'] });
		filters.set({ kinds: [] });
		expect(filters.value).toEqual({ status: ['ongoing'], mode: 'fade' });
	});

	it('takes the filters of a view being opened as they are, without drawing yet', () => {
		const { filters, canvas } = filtersOverCleon();
		filters.replace({ themes: [], region: '28', mode: 'hide' });
		expect(filters.value).toEqual({ region: '28', mode: 'hide' });
		expect(canvas.refreshes).toBe(0);
	});

	it('offers the themes in the view, by name', () => {
		const { filters, cy } = filtersOverCleon();
		cy.add({ data: { id: 'hydrogene', label: 'Hydrogène', kind: 'Theme' }, classes: 'kind-Theme' });
		filters.apply(cy);
		expect(filters.themes.map((theme) => theme.label)).toEqual(['Décarbonation', 'Hydrogène']);
	});

	it('filters by région once the page has given it the outlines', () => {
		const outlines = JSON.parse(readFileSync('static/geo/regions.json', 'utf8')) as OutlineCollection;
		const { filters, cy } = filtersOverCleon();
		filters.set({ region: '28' });
		// Without the outlines no node is placed in a région: only what has no place (the theme) passes.
		expect(filters.counts.nodes).toBe(1);
		filters.setOutlines(outlines);
		expect(filters.counts.nodes).toBe(6);
		expect(cy.getElementById('ademe').hasClass('faded')).toBe(true);
	});
});
