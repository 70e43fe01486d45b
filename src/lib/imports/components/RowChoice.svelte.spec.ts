import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { i18nContext } from '$lib/i18n/context.svelte';
import RowChoice from './RowChoice.svelte';

const choices = [
	{ id: 'cci-fictive-nord', name: 'CCI Fictive du Nord', reason: 'name' as const, score: 1 },
	{ id: 'cci-fictive-sud', name: 'CCI Fictive du Sud', reason: 'close-name' as const, score: 0.91 }
];

describe('RowChoice', () => {
	it('shows the name as written and offers each candidate with why, a new entity, or later (chosen by default)', async () => {
		const screen = await render(RowChoice, { props: { written: 'CCI Fictive', choices, row: 12 }, context: i18nContext() });
		const group = screen.getByRole('group', { name: /^CCI Fictive plusieurs entités possibles/ });
		await expect.element(group).toBeVisible();
		await expect.element(group.getByRole('radio', { name: 'CCI Fictive du Nord (même nom)' })).not.toBeChecked();
		await expect.element(group.getByRole('radio', { name: 'CCI Fictive du Sud (nom proche (score 0,91))' })).toBeVisible();
		await expect.element(group.getByRole('radio', { name: 'une nouvelle entité' })).toBeVisible();
		await expect.element(group.getByRole('radio', { name: /^décider plus tard/ })).toBeChecked();
		await expect
			.element(group.getByRole('link', { name: /^voir la fiche\s*:\s*CCI Fictive du Sud$/ }))
			.toHaveAttribute('href', '/entite/cci-fictive-sud');
	});

	it('sends the choice under the row’s field, the entity id or « new »', async () => {
		const screen = await render(RowChoice, {
			props: { written: 'CCI Fictive', choices, row: 12, choice: 'new' },
			context: i18nContext()
		});
		const radios = screen.getByRole('radio').elements() as HTMLInputElement[];
		expect(radios.map((radio) => [radio.name, radio.value])).toEqual([
			['choice-12', 'cci-fictive-nord'],
			['choice-12', 'cci-fictive-sud'],
			['choice-12', 'new'],
			['choice-12', '']
		]);
		await expect.element(screen.getByRole('radio', { name: 'une nouvelle entité' })).toBeChecked();
		await screen.getByRole('radio', { name: /^CCI Fictive du Nord/ }).click();
		expect(radios.filter((radio) => radio.checked).map((radio) => radio.value)).toEqual(['cci-fictive-nord']);
	});
});
