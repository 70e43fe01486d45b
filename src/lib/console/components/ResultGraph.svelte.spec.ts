import type { Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { i18nContext } from '$lib/i18n/context.svelte';
import ResultGraph from './ResultGraph.svelte';
import { cleonNeighbourhood } from '../../../../tests/support/fixtures/graph-payloads';

/** Cytoscape keeps its instance on its container: the one way to reach it from outside the component. */
function instanceIn(element: Element): Core | undefined {
	return (element as Element & { _cyreg?: { cy?: Core } })._cyreg?.cy;
}

describe('ResultGraph', () => {
	it('draws one node per node of the result on a canvas, and destroys its instance when it goes', async () => {
		const graph = cleonNeighbourhood();
		const screen = await render(ResultGraph, { props: { graph }, context: i18nContext() });
		const drawing = screen.getByRole('img', { name: 'Graphe du résultat : 7 nœuds, 6 liens' });
		await expect.element(drawing).toBeVisible();
		const container = drawing.element();
		const cy = instanceIn(container);
		expect(cy?.nodes().map((each) => each.id())).toEqual(graph.nodes.map((each) => each.id));
		expect(cy?.edges()).toHaveLength(6);
		expect(container.querySelectorAll('canvas').length).toBeGreaterThan(0);
		// Sized by degree, the explorer's look: the département (700 links) outgrows the CCI (4).
		expect(cy?.getElementById('departement-76').data('size')).toBeGreaterThan(cy?.getElementById('cci-rouen-metropole').data('size'));

		await screen.unmount();
		expect(cy?.destroyed()).toBe(true);
		expect(container.querySelector('canvas')).toBeNull();
	});

	it('says when the result held more nodes than it draws', async () => {
		const screen = await render(ResultGraph, { props: { graph: { ...cleonNeighbourhood(), truncated: true } }, context: i18nContext() });
		await expect.element(screen.getByText('Seuls les 7 premiers nœuds sont dessinés.')).toBeVisible();
	});
});
