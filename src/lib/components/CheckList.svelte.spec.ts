import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import CheckList from './CheckList.svelte';

const options = [
	{ value: 'Cluster', label: 'Clusters et pôles', count: '2/3' },
	{ value: 'Company', label: 'Entreprises' },
	{ value: 'Funder', label: 'Financeurs' }
];

describe('CheckList', () => {
	it('names its group by the legend and each box by its label (and count)', async () => {
		const screen = await render(CheckList, {
			props: { legend: 'Partenaires recherchés', hint: 'Aucun coché : tous.', options, selected: [] }
		});
		const group = screen.getByRole('group', { name: 'Partenaires recherchés Aucun coché : tous.' });
		await expect.element(group).toBeVisible();
		await expect.element(group.getByRole('checkbox', { name: 'Clusters et pôles 2/3' })).not.toBeChecked();
		await expect.element(group.getByRole('checkbox', { name: 'Entreprises' })).toBeVisible();
		expect(group.getByRole('checkbox').all()).toHaveLength(3);
	});

	it('ticks what is selected, and a click adds or removes its value from the bound selection', async () => {
		let selected = ['Funder'];
		const screen = await render(CheckList, {
			props: {
				legend: 'Partenaires recherchés',
				options,
				get selected() {
					return selected;
				},
				set selected(value: string[]) {
					selected = value;
				}
			}
		});
		await expect.element(screen.getByRole('checkbox', { name: 'Financeurs' })).toBeChecked();
		await screen.getByRole('checkbox', { name: 'Entreprises' }).click();
		await expect.element(screen.getByRole('checkbox', { name: 'Entreprises' })).toBeChecked();
		expect(selected).toEqual(['Funder', 'Company']);
		await screen.getByRole('checkbox', { name: 'Financeurs' }).click();
		await expect.element(screen.getByRole('checkbox', { name: 'Financeurs' })).not.toBeChecked();
		expect(selected).toEqual(['Company']);
	});
});
