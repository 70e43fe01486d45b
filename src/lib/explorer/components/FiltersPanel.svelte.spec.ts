import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { i18nContext } from '$lib/i18n/context.svelte';
import { translator } from '$lib/i18n/translator';
import { Explorer } from '../explorer';
import FiltersPanel from './FiltersPanel.svelte';
import { cleonNeighbourhood } from '../../../../tests/support/fixtures/graph-payloads';

/** An explorer showing the Cléon neighbourhood (7 nodes, one of them a theme), drawn headless. */
async function cleonExplorer(): Promise<Explorer> {
	const cleon = cleonNeighbourhood();
	const fetcher = (async (input: string) => {
		const url = new URL(input, 'http://localhost');
		const ids = url.searchParams.get('ids')?.split(',');
		const body = ids ? { ...cleon, nodes: cleon.nodes.filter((each) => ids.includes(each.id)), edges: [] } : cleon;
		return new Response(JSON.stringify(body), { status: 200 });
	}) as typeof fetch;
	const explorer = new Explorer(fetcher, translator('fr'), () => false);
	explorer.attach(cytoscape({ headless: true }));
	await explorer.graph.add('ecosystem-cleon-4-0');
	await explorer.graph.expand('ecosystem-cleon-4-0');
	return explorer;
}

describe('FiltersPanel', () => {
	it('offers the kinds in view, each ticked with its count, and leaves a kind out when it is unticked', async () => {
		const explorer = await cleonExplorer();
		const screen = await render(FiltersPanel, { props: { filters: explorer.filters }, context: i18nContext() });
		const kinds = screen.getByRole('group', { name: 'Types d’entités' });
		await expect.poll(() => kinds.getByRole('checkbox').elements()).toHaveLength(7);
		const themes = kinds.getByRole('checkbox', { name: 'Thèmes 1/1' });
		await expect.element(themes).toBeChecked();
		await expect.element(screen.getByText('Nœuds : 7 sur 7')).toBeVisible();

		await themes.click();
		expect(explorer.filters.value.kinds).toEqual(['Theme']);
		await expect.element(screen.getByText('Nœuds : 6 sur 7')).toBeVisible();
		await expect.element(kinds.getByRole('checkbox', { name: /^Thèmes/ })).not.toBeChecked();

		await kinds.getByRole('checkbox', { name: /^Thèmes/ }).click();
		expect(explorer.filters.value.kinds ?? []).toEqual([]);
		await expect.element(screen.getByText('Nœuds : 7 sur 7')).toBeVisible();
	});

	it('keeps only what addresses a theme once it is ticked', async () => {
		const explorer = await cleonExplorer();
		const screen = await render(FiltersPanel, { props: { filters: explorer.filters }, context: i18nContext() });
		const theme = screen.getByRole('group', { name: 'Thèmes' }).getByRole('checkbox', { name: 'Décarbonation' });
		await expect.element(theme).not.toBeChecked();
		await theme.click();
		expect(explorer.filters.value.themes).toEqual(['decarbonation']);
		await expect.element(theme).toBeChecked();
	});
});
