import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './accessibility';

/** The numbers of the filters' summary: "Nœuds : 12 sur 40". */
async function counts(page: Page): Promise<{ nodes: number; totalNodes: number }> {
	const text = (await page.getByText(/^Nœuds\s*:/).textContent()) ?? '';
	const match = /^Nœuds\s*:\s*(\d+) sur (\d+)/.exec(text);
	if (!match) throw new Error(`No node counts in "${text}"`);
	return { nodes: Number(match[1]), totalNodes: Number(match[2]) };
}

/** Waits until no request is under way and no layout is moving nodes (plus the last frame of a zoom). */
async function settled(page: Page) {
	await expect(page.locator('.stage')).toHaveAttribute('aria-busy', 'false');
	await page.waitForTimeout(400);
}

/** Types in a suggestion box and picks the suggestion with that name. */
async function pick(page: Page, box: string, typed: string, suggestion: RegExp) {
	const input = page.getByRole('combobox', { name: box });
	await input.click();
	await input.pressSequentially(typed, { delay: 30 });
	await page.getByRole('option', { name: suggestion }).first().click();
}

test('a person explores Ecosystem Cléon 4.0, filters, maps it and finds a path from Tenerrdis to the Pays d’Evian', async ({ page }) => {
	test.setTimeout(90_000);
	await page.setViewportSize({ width: 1366, height: 768 });
	await page.goto('/explorer');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Explorateur');
	await expect(page.getByText('Le graphe est vide')).toBeVisible();

	// Search without accents, pick the cluster among the suggestions: it is drawn and selected.
	await pick(page, 'Ajouter au graphe', 'cleon', /^Ecosystem Cléon 4\.0/);
	const details = page.getByRole('complementary', { name: 'Détails' });
	await expect(details.getByRole('heading', { name: 'Ecosystem Cléon 4.0' })).toBeVisible();
	await expect.poll(() => counts(page)).toEqual({ nodes: 1, totalNodes: 1 });

	// Expand it: CCI Rouen Métropole, which animates it, appears in the graph and in the side panel.
	await details.getByRole('button', { name: 'Afficher les voisins' }).click();
	const nodeList = page.getByRole('list', { name: 'Nœuds affichés' });
	await page.getByText(/^Nœuds affichés \(\d+\)$/).click();
	await expect(nodeList.getByRole('button', { name: /CCI Rouen Métropole/ })).toBeVisible();
	await expect(details.getByRole('heading', { name: /^animé par/ })).toBeVisible();
	await expect(details.getByRole('button', { name: 'CCI Rouen Métropole' })).toBeVisible();
	const expanded = await counts(page);
	expect(expanded.totalNodes).toBeGreaterThan(5);
	expect(expanded.nodes).toBe(expanded.totalNodes);
	await settled(page);
	await page.screenshot({ path: 'test-results/screenshots/explorer-default.png' });

	// Leave the themes out: fewer nodes pass, out of as many.
	const filters = page.getByRole('group', { name: 'Types d’entités' });
	await filters.getByRole('checkbox', { name: /^Thèmes/ }).uncheck();
	await expect.poll(async () => (await counts(page)).nodes).toBeLessThan(expanded.nodes);
	expect((await counts(page)).totalNodes).toBe(expanded.totalNodes);
	await filters.getByRole('checkbox', { name: /^Thèmes/ }).check();
	await expect.poll(async () => (await counts(page)).nodes).toBe(expanded.nodes);

	// The map: région and département outlines under the graph.
	await page.getByLabel('Disposition').selectOption('geographic');
	await expect(page.locator('svg.map path.region')).toHaveCount(13);
	await expect(page.locator('svg.map path.departement')).toHaveCount(96);
	await expect(page.getByText(/Contours.*Licence Ouverte/)).toBeVisible();
	// Around Rouen, the map is magnified to the places shown (its second scale), not France seen from afar.
	const magnification = async () => {
		const scales = [...((await page.locator('svg.map g').getAttribute('transform')) ?? '').matchAll(/scale\(([\d.]+)\)/g)];
		return Number(scales[1]?.[1] ?? 1);
	};
	await expect.poll(magnification).toBeGreaterThan(1.5);
	// At that scale the intercommunalities are drawn: Cléon's, the Métropole Rouen Normandie, stands out among its neighbours.
	await expect(page.locator('svg.map path.epci.concerned[data-epci="200023414"]')).toHaveCount(1);
	await expect(page.locator('svg.map path.epci.concerned[data-epci="200023414"] title')).toHaveText('Métropole Rouen Normandie');
	expect(await page.locator('svg.map path.epci:not(.concerned)').count()).toBeGreaterThan(5);
	await settled(page);
	await page.screenshot({ path: 'test-results/screenshots/explorer-geographic.png' });

	// A path, told as a sentence.
	await details.getByRole('button', { name: 'Chemins' }).click();
	await pick(page, 'Départ', 'tenerrdis', /^Tenerrdis/);
	await pick(page, 'Arrivée', "pays d'evian vallee", /^Pays d'Evian/);
	await details.getByRole('button', { name: 'Chercher les chemins' }).click();
	const sentence = details
		.getByRole('listitem')
		.filter({ hasText: /^Tenerrdis — / })
		.first();
	await expect(sentence).toBeVisible();
	await expect(sentence).toHaveText(/^Tenerrdis — .+ → .+ → Pays d'Evian/);
	await expect(sentence).toContainText('participe à');
	await page.getByLabel('Disposition').selectOption('fcose');
	await settled(page);
	await page.screenshot({ path: 'test-results/screenshots/explorer-path.png' });

	expect(await seriousViolations(page)).toEqual([]);
});

test('the entity page links to the explorer, which starts from that entity and its neighbours', async ({ page }) => {
	await page.goto('/entite/ecosystem-cleon-4-0');
	await page.getByRole('link', { name: 'Voir dans l’explorateur' }).click();
	await expect(page).toHaveURL(/\/explorer\?id=ecosystem-cleon-4-0$/);
	const details = page.getByRole('complementary', { name: 'Détails' });
	await expect(details.getByRole('heading', { name: 'Ecosystem Cléon 4.0' })).toBeVisible();
	await expect(details.getByRole('button', { name: 'CCI Rouen Métropole' })).toBeVisible();
	// Undo takes the neighbours away again, redo brings them back.
	const before = await counts(page);
	await page.getByRole('button', { name: 'Annuler' }).click();
	await expect.poll(async () => (await counts(page)).totalNodes).toBe(1);
	await page.getByRole('button', { name: 'Rétablir' }).click();
	await expect.poll(async () => (await counts(page)).totalNodes).toBe(before.totalNodes);
});

test('a copied link opens the same view: nodes, layout and filters', async ({ page, context, baseURL }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
	await page.goto('/explorer?id=ecosystem-cleon-4-0');
	const details = page.getByRole('complementary', { name: 'Détails' });
	await expect(details.getByRole('button', { name: 'CCI Rouen Métropole' })).toBeVisible();
	await page.getByLabel('Disposition').selectOption('concentric');
	await page
		.getByRole('group', { name: 'Types d’entités' })
		.getByRole('checkbox', { name: /^Thèmes/ })
		.uncheck();
	const shared = await counts(page);
	await settled(page);
	await page.getByRole('button', { name: 'Copier le lien de la vue' }).click();
	await expect(page.getByText(/^Lien copié/)).toBeVisible();
	const link = await page.evaluate(() => navigator.clipboard.readText());
	expect(link).toMatch(/\/explorer\?vue=[\w-]+$/);

	const other = await context.newPage();
	await other.goto(link);
	await expect.poll(() => counts(other)).toEqual(shared);
	await expect(other.getByLabel('Disposition')).toHaveValue('concentric');
	await expect(other.getByRole('group', { name: 'Types d’entités' }).getByRole('checkbox', { name: /^Thèmes/ })).not.toBeChecked();
});

test('the explorer speaks English too, and an unknown start entity is said so', async ({ page, context }) => {
	await context.addCookies([{ name: 'maillage-langue', value: 'en', domain: '127.0.0.1', path: '/' }]);
	await page.goto('/explorer?id=nexiste-pas');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Explorer');
	await expect(page.getByText('This entity is not in the graph.')).toBeVisible();
	await expect(page.getByRole('combobox', { name: 'Add to the graph' })).toBeVisible();
});
