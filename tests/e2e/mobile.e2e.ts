import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './accessibility';

const PHONE = { width: 390, height: 844 };

/**
 * How much wider than the viewport the page and its body are, and the elements that stick out
 * furthest (named so a failure says where to look).
 */
async function overflow(page: Page): Promise<{ html: number; body: number; culprits: string[] }> {
	return page.evaluate(() => {
		const width = window.innerWidth;
		const culprits = [...document.body.querySelectorAll<HTMLElement>('*')]
			.filter((element) => element.getBoundingClientRect().right > width + 1 && element.getClientRects().length > 0)
			// The innermost ones: their ancestors only stick out because of them.
			.filter((element, _, all) => !all.some((other) => other !== element && element.contains(other)))
			.slice(0, 5)
			.map(
				(element) =>
					`${element.tagName.toLowerCase()}.${[...element.classList].join('.')} → ${Math.round(element.getBoundingClientRect().right)}`
			);
		return {
			html: Math.max(0, document.documentElement.scrollWidth - width),
			body: Math.max(0, document.body.scrollWidth - width),
			culprits
		};
	});
}

/** The page is no wider than the phone: nothing to scroll sideways (or else by how much, and what sticks out). */
async function fits(page: Page) {
	await expect
		.poll(async () => {
			const { html, body, culprits } = await overflow(page);
			return html === 0 && body === 0 ? 'fits' : `${page.url()}: html +${html}px, body +${body}px — ${culprits.join(', ')}`;
		})
		.toBe('fits');
}

test.describe('on a 390 px phone', () => {
	test.use({ viewport: PHONE });

	test('every page fits the width of the screen', async ({ page }) => {
		test.setTimeout(120_000);
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Qui travaille avec qui');
		await fits(page);

		await page.goto('/?q=cleon');
		await expect(page.getByRole('link', { name: 'Ecosystem Cléon 4.0', exact: true })).toBeVisible();
		await fits(page);

		await page.goto('/explorer');
		await expect(page.getByText('Le graphe est vide')).toBeVisible();
		await fits(page);

		await page.goto('/partenaires');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trouver des partenaires');
		await fits(page);
		await page.getByLabel('Décrivez le projet en quelques phrases').fill('Réutilisation des eaux industrielles en Bretagne');
		await page.getByRole('button', { name: 'Trouver des partenaires' }).click();
		await expect(page.getByRole('heading', { name: /Partenaires suggérés/ })).toBeVisible({ timeout: 30_000 });
		await fits(page);
		expect(await seriousViolations(page)).toEqual([]);

		await page.goto('/requetes');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Requêtes Cypher');
		await fits(page);
		const editor = page.getByRole('textbox', { name: 'Requête Cypher' });
		await editor.click();
		await page.keyboard.press('Control+A');
		await page.keyboard.insertText(
			'MATCH (cluster:Cluster)-[link:COLLABORATES_WITH]-(territory:Territory) RETURN cluster.name AS cluster, territory.name AS territory, cluster AS node, link'
		);
		await page.keyboard.press('Escape');
		await page.keyboard.press('Control+Enter');
		const table = page.getByRole('table', { name: 'Lignes du résultat' });
		await expect(table).toBeVisible();
		await fits(page);
		// The wide table scrolls inside its own box, not the page.
		const tableBox = await table.evaluate((element) => element.parentElement!.getBoundingClientRect().right);
		expect(tableBox).toBeLessThanOrEqual(PHONE.width);
		await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
		expect(await seriousViolations(page)).toEqual([]);

		await page.goto('/analyse');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Analyse de réseau');
		await expect(page.getByRole('table')).toBeVisible({ timeout: 30_000 });
		await fits(page);
		expect(await seriousViolations(page)).toEqual([]);

		await page.goto('/a-propos');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await fits(page);

		await page.goto('/entite/ecosystem-cleon-4-0');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ecosystem Cléon 4.0');
		await fits(page);
		expect(await seriousViolations(page)).toEqual([]);

		// The error page, with a long id without a dash to break at: it must wrap.
		const missing = 'nexistepas'.repeat(10);
		const response = await page.goto(`/entite/${missing}`);
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('alert')).toContainText(missing);
		await fits(page);
	});

	test('the menu button opens the menu, a link in it navigates, Escape closes it', async ({ page }) => {
		await page.goto('/');
		const navigation = page.getByRole('navigation', { name: 'Navigation principale' });
		const menu = navigation.getByRole('button', { name: 'Menu' });
		await expect(menu).toHaveAttribute('aria-expanded', 'false');
		const partners = navigation.getByRole('link', { name: 'Partenaires' });
		await expect(partners).toBeHidden();

		await menu.click();
		await expect(menu).toHaveAttribute('aria-expanded', 'true');
		const controlled = await menu.getAttribute('aria-controls');
		await expect(page.locator(`#${controlled}`)).toBeVisible();
		await expect(partners).toBeVisible();
		await page.screenshot({ path: 'test-results/screenshots/mobile-menu.png' });
		expect(await seriousViolations(page)).toEqual([]);

		await partners.click();
		await expect(page).toHaveURL(/\/partenaires$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trouver des partenaires');
		await expect(menu).toHaveAttribute('aria-expanded', 'false');
		await expect(partners).toBeHidden();

		await menu.click();
		await expect(partners).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(menu).toHaveAttribute('aria-expanded', 'false');
		await expect(partners).toBeHidden();
		await expect(menu).toBeFocused();
	});

	test('on the explorer, the search drawer opens, a picked entity is drawn, the details drawer shows it', async ({ page }) => {
		await page.goto('/explorer');
		await expect(page.getByText('Le graphe est vide')).toBeVisible();
		const search = page.getByRole('combobox', { name: 'Ajouter au graphe' });
		await expect(search).toBeHidden();
		// Drawers closed, the graph takes the whole width.
		const canvas = await page.locator('.canvas').boundingBox();
		expect(canvas?.width).toBe(PHONE.width);
		await page.screenshot({ path: 'test-results/screenshots/mobile-explorer-closed.png' });

		const openSearch = page.getByRole('button', { name: 'Recherche et filtres' });
		await openSearch.click();
		await expect(openSearch).toHaveAttribute('aria-expanded', 'true');
		await expect(search).toBeVisible();
		await expect(search).toBeInViewport({ ratio: 1 });
		// The drawer comes before the graph in the page: focus goes into it, not behind it.
		await expect(search).toBeFocused();
		// Escape in the empty field closes the drawer (no suggestion list to close first).
		await page.keyboard.press('Escape');
		await expect(openSearch).toHaveAttribute('aria-expanded', 'false');
		await expect(openSearch).toBeFocused();
		await openSearch.click();
		await expect(search).toBeFocused();
		await page.screenshot({ path: 'test-results/screenshots/mobile-explorer-open.png' });
		expect(await seriousViolations(page)).toEqual([]);

		await search.click();
		await search.pressSequentially('cleon', { delay: 30 });
		await page
			.getByRole('option', { name: /^Ecosystem Cléon 4\.0/ })
			.first()
			.click();
		// The drawer gets out of the way of the graph, which now holds the node.
		await expect(openSearch).toHaveAttribute('aria-expanded', 'false');
		await expect(page.getByText('Le graphe est vide')).toBeHidden();
		await expect(page.locator('.stage')).toHaveAttribute('aria-busy', 'false');

		const openDetails = page.getByRole('button', { name: 'Détails', exact: true });
		await openDetails.click();
		const details = page.getByRole('complementary', { name: 'Détails' });
		await expect(details.getByRole('heading', { name: 'Ecosystem Cléon 4.0' })).toBeInViewport();
		await fits(page);
		await page.keyboard.press('Escape');
		await expect(details).toBeHidden();
		await expect(openDetails).toBeFocused();
	});
});

test('on a desktop screen, the header shows its links and no menu button', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/');
	const navigation = page.getByRole('navigation', { name: 'Navigation principale' });
	await expect(navigation.getByRole('button', { name: 'Menu' })).toBeHidden();
	await expect(navigation.getByRole('link', { name: 'Partenaires' })).toBeVisible();
	await fits(page);
	await page.goto('/explorer');
	await expect(page.getByRole('combobox', { name: 'Ajouter au graphe' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Recherche et filtres' })).toBeHidden();
});
