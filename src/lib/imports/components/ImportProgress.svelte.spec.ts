import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { i18nContext } from '$lib/i18n/context.svelte';
import ImportProgress from './ImportProgress.svelte';

describe('ImportProgress', () => {
	it('while rows are matched, fills the bar by the share done and says rows and pace in French', async () => {
		const screen = await render(ImportProgress, {
			props: { progress: { phase: 'matching', done: 1_200, total: 10_000, rowsPerSecond: 850 }, applying: false },
			context: i18nContext()
		});
		const bar = screen.getByRole('progressbar', { name: 'Lecture et rapprochement' });
		await expect.element(bar).toHaveAttribute('aria-valuenow', '12');
		await expect.element(screen.getByText(/^1\s200 \/ 10\s000 lignes · 850 lignes\/s$/)).toBeVisible();
	});

	it('while the file is still read, its length unknown, shows a bar without a value and no count', async () => {
		const screen = await render(ImportProgress, {
			props: { progress: { phase: 'reading', done: 0, total: 1, rowsPerSecond: 0 }, applying: false },
			context: i18nContext()
		});
		await expect.element(screen.getByRole('progressbar')).not.toHaveAttribute('aria-valuenow');
		expect(screen.getByText(/lignes\/s/).elements()).toHaveLength(0);
	});

	it('while applying, names the writing and says it is one transaction', async () => {
		const screen = await render(ImportProgress, {
			props: { progress: { phase: 'applying', done: 0, total: 1, rowsPerSecond: 0 }, applying: true },
			context: i18nContext()
		});
		await expect.element(screen.getByRole('progressbar', { name: 'Écriture dans le graphe' })).toBeVisible();
		await expect.element(screen.getByText('Une seule transaction : rien n’est écrit si elle échoue.')).toBeVisible();
	});
});
