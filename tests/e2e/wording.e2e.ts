import { expect, test, type Page } from '@playwright/test';
import commonEn from '../../src/lib/i18n/messages/common.en.json' with { type: 'json' };
import commonFr from '../../src/lib/i18n/messages/common.fr.json' with { type: 'json' };
import themesEn from '../../src/lib/i18n/messages/themes.en.json' with { type: 'json' };
import themesFr from '../../src/lib/i18n/messages/themes.fr.json' with { type: 'json' };

/** Codes a person must never read: data-file names and the keys behind the words. */
const rawCodes = /territoire-d-industrie|Code région|Region code|\b[\w-]+\.(geojson|json|csv|txt)\b/;

/**
 * French kind and theme names: none may remain in English mode. Only words spelt the same in
 * both languages are left out (independently of what the English messages say).
 */
const sameInBothLanguages = new Set(['Association', 'Associations', 'Programme', 'Programmes', 'Source', 'Sources']);
const frenchOnly = [
	...Object.values(commonFr.kind).flatMap((names) => [names.one, names.many]),
	...Object.entries(themesFr.theme)
		.filter(([id, name]) => name !== themesEn.theme[id as keyof typeof themesEn.theme])
		.map(([, name]) => name)
].filter((name) => !sameInBothLanguages.has(name));

/** The texts of the badges, theme chips and filter names on the page. */
async function labels(page: Page): Promise<string[]> {
	return (await page.locator('.badge, ul[aria-label] a, ul[aria-label] .name, .legend li, fieldset .name').allTextContents()).map((text) =>
		text.trim()
	);
}

test('a Territoire d’industrie’s page names its type and région in words and cites no file names', async ({ page }) => {
	await page.goto('/entite/ti-2023-2027-2802');
	const properties = page.locator('.properties dl');
	await expect(properties).toContainText('Territoire d’industrie');
	await expect(properties.locator('dt', { hasText: /^Région$/ }).locator('+ dd')).toHaveText('Normandie');
	expect(await page.locator('main').innerText()).not.toMatch(rawCodes);
	await page.screenshot({ path: 'test-results/screenshots/wording-territory.png', fullPage: true });
});

test('a Territoire d’industrie’s page shows its phase of the programme, its successor, and the successor its predecessor', async ({
	page
}) => {
	await page.goto('/entite/ti-2019-2022-8402');
	const successor = page.locator('section.group', { has: page.getByRole('heading', { name: /^se poursuit en/i }) });
	await expect(successor.getByRole('link', { name: /Saint-Marcellin Vercors Bièvre Isère/ })).toBeVisible();
	const phase = page.locator('section.group', { has: page.getByRole('heading', { name: /^fait partie de/i }) });
	await expect(phase.getByRole('link', { name: "Territoires d'industrie, phase 1 (2019-2022)" })).toBeVisible();
	await successor.getByRole('link', { name: /Saint-Marcellin Vercors Bièvre Isère/ }).click();
	await expect(page).toHaveURL(/\/entite\/ti-2023-2027-8419$/);
	const predecessor = page.locator('section.group', { has: page.getByRole('heading', { name: /^succède à/i }) });
	await expect(predecessor.locator('a[href$="/entite/ti-2019-2022-8402"]')).toBeVisible();
	await page.screenshot({ path: 'test-results/screenshots/territory-successor.png', fullPage: true });
});

test('a source without an address links to its entry on the about page, which shows no file name', async ({ page }) => {
	await page.goto('/entite/ecosystem-cleon-4-0');
	const sources = page.getByRole('complementary').filter({ has: page.getByRole('heading', { name: 'Sources' }) });
	const title = "Rouen : Les acteurs de l'Ecosystem Cléon 4.0 dressent un bilan positif";
	const link = sources.getByRole('link', { name: title }).first();
	await expect(link).toHaveAttribute('href', /\/a-propos#source-cleon-4-0-bilan$/);
	for (const href of await page.locator('cite a').evaluateAll((links) => links.map((each) => each.getAttribute('href')))) {
		expect(href).toMatch(/^(https?:\/\/|\/a-propos#source-)/);
	}
	await link.click();
	await expect(page).toHaveURL(/\/a-propos#source-cleon-4-0-bilan$/);
	await expect(page.locator('#source-cleon-4-0-bilan')).toContainText(title);
	await page.screenshot({ path: 'test-results/screenshots/wording-about-anchor.png' });
	expect(await page.locator('main').innerText()).not.toMatch(rawCodes);
});

test('in English, the entity page and the explorer show no French badge, kind or theme name', async ({ page }) => {
	test.setTimeout(90_000);
	expect(frenchOnly).toContain('Cluster ou pôle');
	expect(frenchOnly).toContain('Région');
	await page.goto('/langue?l=en&retour=/entite/ecosystem-cleon-4-0');
	await expect(page.getByRole('link', { name: 'Open in the explorer' })).toBeVisible();
	// Ecosystem Cléon 4.0 is named by its kind of cluster, in English.
	await expect(page.locator('header .badge')).toHaveText(commonEn.clusterKind['ecosysteme-industriel']);
	const themes = page.getByRole('list', { name: 'Themes' }).getByRole('link');
	await expect(themes.first()).toBeVisible();
	const onEntityPage = await labels(page);
	expect(onEntityPage.filter((text) => frenchOnly.includes(text))).toEqual([]);
	expect(await themes.allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/\w/)]));
	for (const theme of await themes.allTextContents()) expect(Object.values(themesEn.theme)).toContain(theme.trim());

	await page.setViewportSize({ width: 1366, height: 768 });
	await page.goto('/explorer?id=ecosystem-cleon-4-0');
	const details = page.getByRole('complementary', { name: 'Details' });
	// The neighbours come with the first layout, slow on a busy machine.
	await expect(details.getByRole('button', { name: 'CCI Rouen Métropole' })).toBeVisible({ timeout: 30_000 });
	await expect(page.getByRole('group', { name: 'Themes' })).toBeVisible();
	const inExplorer = await labels(page);
	expect(inExplorer.length).toBeGreaterThan(10);
	expect(inExplorer.filter((text) => frenchOnly.some((french) => text === french || text.startsWith(`${french} (`)))).toEqual([]);
	expect(await page.locator('main').innerText()).not.toMatch(rawCodes);
	await page.screenshot({ path: 'test-results/screenshots/wording-explorer-en.png' });
});

test('a saved query’s columns read in words, with the name the query returns kept beneath', async ({ page }) => {
	await page.goto('/requetes');
	await page.getByRole('button', { name: 'Territoires d’industrie d’une région' }).click();
	await page.getByRole('button', { name: 'Exécuter cette requête' }).click();
	const header = page.getByRole('columnheader', { name: /^Identifiant ANCT/ });
	await expect(header).toBeVisible({ timeout: 20_000 });
	await expect(header.locator('code')).toHaveText('anctId');
	await expect(page.getByRole('columnheader', { name: /^Territoire/ }).first()).toBeVisible();
	await page.screenshot({ path: 'test-results/screenshots/wording-saved-query.png' });
});

test('in English, a theme found by the search reads in English', async ({ page }) => {
	await page.goto('/langue?l=en&retour=/%3Fq%3Ddecarbonation');
	await expect(page.getByRole('link', { name: 'Decarbonisation', exact: true })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Décarbonation', exact: true })).toHaveCount(0);
});
