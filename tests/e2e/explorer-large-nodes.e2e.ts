import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './accessibility';

/** The numbers of the filters' summary: "Nœuds : 12 sur 40". */
async function totalNodes(page: Page): Promise<number> {
	const text = (await page.getByText(/^Nœuds\s*:/).textContent()) ?? '';
	const match = /sur (\d+)/.exec(text);
	if (!match) throw new Error(`No node counts in "${text}"`);
	return Number(match[1]);
}

/** Types `typed` in the search box named `box`, slowly as a person does, and picks the first suggestion matching `suggestion`. */
async function pick(page: Page, box: string, typed: string, suggestion: RegExp): Promise<void> {
	const input = page.getByRole('combobox', { name: box });
	await input.click();
	await input.pressSequentially(typed, { delay: 30 });
	await page.getByRole('option', { name: suggestion }).first().click();
}

test('opening Seine-Maritime asks first, by kind, then opens only its EPCI or its 100 best neighbours', async ({ page }) => {
	test.setTimeout(90_000);
	await page.setViewportSize({ width: 1366, height: 768 });
	await page.goto('/explorer');
	await pick(page, 'Ajouter au graphe', 'seine-maritime', /^Seine-Maritime/);
	const details = page.getByRole('complementary', { name: 'Détails' });
	await expect(details.getByRole('heading', { name: 'Seine-Maritime' })).toBeVisible();

	// More neighbours than « Voisins max. »: nothing is drawn yet, the neighbours are counted by kind.
	await details.getByRole('button', { name: 'Afficher les voisins' }).click();
	const choice = page.getByRole('dialog', { name: /«\sSeine-Maritime\s» a \d+ voisins/ });
	await expect(choice).toBeVisible();
	await expect(choice.getByRole('checkbox', { name: /^Communes \(\d{3}\)$/ })).toBeVisible();
	expect(await totalNodes(page)).toBe(1);
	expect(await seriousViolations(page)).toEqual([]);
	await page.screenshot({ path: 'test-results/screenshots/explorer-large-nodes.png' });

	// Only the intercommunalities: every one of them, and nothing else.
	await choice.getByRole('checkbox', { name: /^Intercommunalités|^EPCI/ }).check();
	await choice.getByRole('button', { name: /^Afficher ces voisins \(\d+\)$/ }).click();
	await expect(choice).toBeHidden();
	await expect.poll(() => totalNodes(page)).toBeGreaterThan(10);
	const withEpci = await totalNodes(page);
	expect(withEpci).toBeLessThan(40);

	// Asked again, « the best ones » opens up to the cap, whatever their kind.
	await details.getByRole('button', { name: 'Afficher les voisins' }).click();
	await choice.getByRole('button', { name: 'Afficher les 100 plus reliés' }).click();
	await expect.poll(() => totalNodes(page)).toBeGreaterThan(withEpci);
	expect(await totalNodes(page)).toBeLessThanOrEqual(101 + withEpci);

	// Closed without choosing: nothing changes.
	const before = await totalNodes(page);
	await details.getByRole('button', { name: 'Afficher les voisins' }).click();
	await choice.getByRole('button', { name: 'Fermer' }).click();
	await expect(choice).toBeHidden();
	expect(await totalNodes(page)).toBe(before);
});

test('on a phone, the choice fits the screen', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/explorer?id=departement-76');
	const choice = page.getByRole('dialog', { name: /«\sSeine-Maritime\s» a \d+ voisins/ });
	await expect(choice).toBeVisible();
	const box = await choice.boundingBox();
	expect(box).not.toBeNull();
	expect(box!.x).toBeGreaterThanOrEqual(0);
	expect(box!.x + box!.width).toBeLessThanOrEqual(390);
	await page.screenshot({ path: 'test-results/screenshots/explorer-large-nodes-phone.png' });
});

test('two hops away, the explorer says which links it did not follow, and follows them when asked', async ({ page }) => {
	test.setTimeout(60_000);
	await page.setViewportSize({ width: 1366, height: 768 });
	await page.goto('/explorer?id=ecosystem-cleon-4-0');
	const details = page.getByRole('complementary', { name: 'Détails' });
	await expect(details.getByRole('button', { name: 'CCI Rouen Métropole' })).toBeVisible();
	const oneHop = await totalNodes(page);

	await details.getByRole('button', { name: 'Voisins à 2 pas' }).click();
	const notice = page.getByRole('status').getByText(/n’ont pas été suivis au second pas/);
	await expect(notice).toBeVisible();
	await expect.poll(() => totalNodes(page)).toBeGreaterThan(oneHop);
	const capped = await totalNodes(page);
	await page.screenshot({ path: 'test-results/screenshots/explorer-two-hops.png' });

	await page.getByRole('status').getByRole('button', { name: 'Les suivre' }).click();
	await expect.poll(() => totalNodes(page)).toBeGreaterThan(capped);
	await expect(notice).toBeHidden();
});

test('the path finder goes round the large hubs when asked, and says when no path is left', async ({ page }) => {
	await page.setViewportSize({ width: 1366, height: 768 });
	await page.goto('/explorer');
	const details = page.getByRole('complementary', { name: 'Détails' });
	await details.getByRole('button', { name: 'Chemins' }).click();
	for (const [box, typed, suggestion] of [
		['Départ', 'la chapelle-sur-dun', /^La Chapelle-sur-Dun/],
		['Arrivée', 'saint-saens', /^Saint-Saëns/]
	] as const) {
		await pick(page, box, typed, suggestion);
	}
	// Two communes of Seine-Maritime meet through their département, when geography is allowed.
	await details.getByRole('checkbox', { name: /^Éviter la géographie/ }).uncheck();
	const asked = page.waitForRequest((request) => request.url().includes('/api/graph/paths'));
	await details.getByRole('button', { name: 'Chercher les chemins' }).click();
	expect(new URL((await asked).url()).searchParams.get('avoid')).toBeNull();
	await expect(
		details
			.getByRole('listitem')
			.filter({ hasText: /Seine-Maritime/ })
			.first()
	).toBeVisible();

	// Round the hubs: Seine-Maritime and its 727 links are no way through.
	await details.getByRole('checkbox', { name: 'Contourner les grands nœuds' }).check();
	const roundHubs = page.waitForRequest((request) => request.url().includes('/api/graph/paths'));
	await details.getByRole('button', { name: 'Chercher les chemins' }).click();
	expect(new URL((await roundHubs).url()).searchParams.get('avoid')).toBe('hubs');
	await expect(details.getByText(/Aucun chemin|^\d+ chemins?/).first()).toBeVisible();
	await expect(details.getByRole('listitem').filter({ hasText: /Seine-Maritime/ })).toHaveCount(0);
});

test('with « Voisins max. » at 1000, Seine-Maritime’s communes arrive as one group; opened, they land around it and the view brings them all in', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 1366, height: 768 });
	await page.goto('/explorer?debug');
	await page.getByLabel('Voisins max.').fill('1000');
	await pick(page, 'Ajouter au graphe', 'seine-maritime', /^Seine-Maritime/);
	const details = page.getByRole('complementary', { name: 'Détails' });
	await details.getByRole('button', { name: 'Afficher les voisins' }).click();

	// Hundreds of communes arrive folded, counted; the few intercommunalités one by one.
	await expect(page.getByText(/^Un seul nœud pour rester lisible\s:\s\d{3} communes de Seine-Maritime/)).toBeVisible({ timeout: 60_000 });
	await page.getByText(/^Nœuds affichés \(\d+\)$/).click();
	const nodeList = page.getByRole('list', { name: 'Nœuds affichés' });
	const group = nodeList.getByRole('button', { name: /^\d{3} communes de Seine-Maritime/ });
	await expect(group).toBeVisible();
	expect(await totalNodes(page)).toBeLessThan(60);
	await expect(page.locator('.stage')).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
	await page.screenshot({ path: 'test-results/screenshots/explorer-seine-maritime-folded.png' });

	// Opened: every commune, around Seine-Maritime.
	await group.click();
	await details.getByRole('button', { name: 'Rouvrir le groupe' }).click();
	await expect.poll(() => totalNodes(page), { timeout: 60_000 }).toBeGreaterThan(700);
	await expect(page.getByText(/^Un seul nœud pour rester lisible/)).toBeHidden();
	await expect(page.locator('.stage')).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
	await page.waitForTimeout(800);
	const view = await page.evaluate(() => {
		const cy = (window as unknown as { __maillageCy: import('cytoscape').Core }).__maillageCy;
		const extent = cy.extent();
		const nodes = cy.nodes(':visible');
		const inside = nodes.filter((node) => {
			const { x, y } = node.position();
			return x >= extent.x1 && x <= extent.x2 && y >= extent.y1 && y <= extent.y2;
		});
		return { nodes: nodes.length, inside: inside.length, width: cy.elements(':visible').boundingBox().w, zoom: cy.zoom() };
	});
	expect(view.inside).toBe(view.nodes);
	// Spread out around Seine-Maritime, not piled onto it: the disc of 707 communes is about 2,300 units wide.
	expect(view.width).toBeGreaterThan(1_000);
	expect(view.width).toBeLessThan(4_000);
	expect(view.zoom).toBeLessThan(1);
	await page.screenshot({ path: 'test-results/screenshots/explorer-seine-maritime-1000.png' });
});
