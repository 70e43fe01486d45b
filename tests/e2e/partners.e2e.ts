import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { seriousViolations } from './accessibility';

test('a person describes a water-reuse project in a sentence and gets explained partners, funders, a CSV and the explorer', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 1366, height: 900 });
	await page.goto('/');
	await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Partenaires' }).click();
	await expect(page).toHaveURL(/\/partenaires$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trouver des partenaires');

	// The sentence is read into chips before anything is searched.
	await page.getByLabel('Décrivez le projet en quelques phrases').fill('Réutilisation des eaux industrielles en Bretagne');
	const themes = page.getByRole('list', { name: 'Thèmes' });
	await expect(themes.getByRole('listitem')).toHaveText([/Réutilisation des eaux.*lu dans « Réutilisation des eaux »/]);
	const place = page.getByRole('list', { name: 'Lieu' });
	await expect(place.getByRole('listitem')).toHaveText([/Bretagne/]);
	await expect(page.getByRole('heading', { name: /Partenaires suggérés/ })).toHaveCount(0);
	await page.screenshot({ path: 'test-results/screenshots/partenaires-chips.png', fullPage: true });

	// The chips are editable: a theme added from the vocabulary, then taken away again.
	await page.getByLabel('Ajouter un thème').selectOption({ label: 'Économie circulaire' });
	await expect(themes.getByRole('listitem')).toHaveCount(2);
	await page.getByRole('button', { name: 'Retirer Économie circulaire' }).click();
	await expect(themes.getByRole('listitem')).toHaveCount(1);

	await page.getByRole('button', { name: 'Trouver des partenaires' }).click();
	// The first search of a fresh server also reads the vocabulary and plans every query.
	await expect(page.getByRole('heading', { name: /Partenaires suggérés/ })).toBeVisible({ timeout: 30_000 });
	const first = page
		.getByRole('listitem')
		.filter({ has: page.getByRole('heading', { level: 3 }) })
		.first();
	await expect(first.getByRole('heading', { level: 3 })).toHaveText("Brit'Inov");
	await expect(first.getByRole('list', { name: 'Pourquoi' })).toContainText('ReUse (thème\u00a0: réutilisation des eaux)');
	await expect(first.getByRole('group', { name: 'Ce qui fait le score' })).toContainText('Thèmes');

	// Its sources, with the excerpt that states the fact.
	await first.getByText(/^Sources? \(\d+\)$/).click();
	await expect(first.locator('q').first()).toContainText('ReUse');

	// The evidence graph, drawn on demand.
	await first.getByRole('button', { name: 'Voir le graphe des preuves' }).click();
	await expect(
		first
			.getByRole('img', { name: /Graphe des preuves de Brit'Inov/ })
			.locator('canvas')
			.first()
	).toBeVisible();

	const funders = page.getByRole('region', { name: /Financeurs et programmes/ });
	await expect(funders.getByRole('listitem').first()).toBeVisible();
	await page.waitForTimeout(300);
	await page.screenshot({ path: 'test-results/screenshots/partenaires-resultats.png', fullPage: true });
	await first.screenshot({ path: 'test-results/screenshots/partenaires-preuves.png' });
	expect(await seriousViolations(page)).toEqual([]);

	// The list as CSV, Brit'Inov first.
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Exporter la liste (CSV)' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(/^maillage-partenaires-[\d-]+\.csv$/);
	const csv = await readFile(await file.path(), 'utf8');
	const [, header, row] = csv.replace(/^\uFEFF/, '').split('\r\n');
	expect(header).toBe('rank,id,name,kind,score,theme,geography,network,trackRecord,complementarity,alreadyPartner,reasons,sources');
	expect(row).toMatch(/^1,brit-inov,Brit'Inov,Cluster,/);

	// The explorer opens on the evidence, Brit'Inov selected.
	await first.getByRole('link', { name: 'Ouvrir dans l’explorateur' }).click();
	await expect(page).toHaveURL(/\/explorer\?vue=[\w-]+$/);
	const details = page.getByRole('complementary', { name: 'Détails' });
	await expect(details.getByRole('heading', { name: "Brit'Inov" })).toBeVisible();
	await expect(page.locator('.stage')).toHaveAttribute('aria-busy', 'false');
	await page.waitForTimeout(500);
	await page.screenshot({ path: 'test-results/screenshots/partenaires-explorateur.png' });
});

test('"who we are", picked with the keyboard, sets existing partners apart', async ({ page }) => {
	test.setTimeout(90_000);
	await page.setViewportSize({ width: 1366, height: 900 });
	await page.goto('/partenaires');
	await page.getByLabel('Ajouter un thème').selectOption({ label: 'Autoconsommation et photovoltaïque' });
	const self = page.getByRole('combobox', { name: 'Chercher un acteur, un projet ou un territoire' });
	await self.focus();
	await self.pressSequentially('tenerrdis', { delay: 30 });
	await expect(page.getByRole('option', { name: /^Tenerrdis/ })).toBeVisible();
	await self.press('Enter');
	await expect(page.getByRole('list', { name: 'Qui sommes-nous ? (facultatif)' })).toContainText('Tenerrdis');
	await page.getByRole('button', { name: 'Trouver des partenaires' }).press('Enter');

	await expect(page.getByRole('heading', { name: /^Déjà partenaires/ })).toBeVisible({ timeout: 30_000 });
	const known = page.getByRole('list', { name: /^Déjà partenaires/ });
	// One entity per institution: the intercommunality itself, under its official name (the document's is an alias).
	await expect(known.getByRole('heading', { name: 'CC Bièvre Isère' })).toBeVisible();
	await expect(known).toContainText('Déjà partenaire : participe à Autoconsommation collective');
	await expect(page.getByText('Ils travaillent déjà avec Tenerrdis')).toBeVisible();
	await page.screenshot({ path: 'test-results/screenshots/partenaires-deja.png', fullPage: true });
});

test('the page speaks English too, reasons included', async ({ page }) => {
	test.setTimeout(90_000);
	await page.goto('/langue?l=en&retour=%2Fpartenaires');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Find partners');
	await page.getByLabel('Describe the project in a few sentences').fill('Réutilisation des eaux industrielles');
	await expect(page.getByRole('list', { name: 'Themes' }).getByRole('listitem')).toHaveText([/Water reuse/]);
	await page.getByRole('button', { name: 'Find partners' }).click();
	await expect(page.getByRole('list', { name: 'Why' }).first()).toContainText('ReUse (theme: water reuse)', { timeout: 30_000 });
	await page.goto('/langue?l=fr&retour=%2F');
});

test('the partner API refuses an unknown theme with 400 and names it', async ({ request }) => {
	const response = await request.post('/api/partners', { data: { themes: ['hydrogene-lunaire'] } });
	expect(response.status()).toBe(400);
	expect((await response.json()).message).toMatch(/champ « themes\[0\] » : .*hydrogene-lunaire/);
});

test('weak suggestions are folded apart, and a sibling theme is never the only reason given', async ({ page }) => {
	await page.setViewportSize({ width: 1366, height: 900 });
	await page.goto('/partenaires');
	await page
		.getByLabel('Décrivez le projet en quelques phrases')
		.fill('Recyclage des matériaux composites pour la filière nautique en Nouvelle-Aquitaine');
	await page.getByRole('button', { name: 'Trouver des partenaires' }).click();
	await expect(page.getByRole('heading', { name: /Partenaires suggérés/ })).toBeVisible({ timeout: 30_000 });
	const results = page.getByRole('region', { name: /Partenaires suggérés/ });
	const folded = results.locator('details.weak');
	if ((await folded.count()) > 0) {
		await expect(folded.getByText(/autres résultats faibles/)).toBeVisible();
		await expect(folded.locator('li').first()).toBeHidden();
	}
	// « voisin de » may qualify a theme beside a closer one (« économie circulaire (plus large que …)
	// et construction (voisin de …) »), never stand alone as the one theme of the only reason.
	const siblingAlone = /^Travaille sur : [^,()]+ \(voisin de « [^»]+ »\)\.$/;
	for (const card of await results.locator('li').all()) {
		const reasons = await card.locator('.reasons li').allTextContents();
		if (reasons.length > 0)
			expect(
				reasons.every((reason) => siblingAlone.test(reason.trim())),
				reasons.join(' / ')
			).toBe(false);
	}
	await page.screenshot({ path: 'test-results/screenshots/partenaires-faibles.png', fullPage: true });
});

test('a description that names no theme is read in the graph’s descriptions, and words found nowhere say what to add', async ({ page }) => {
	await page.goto('/partenaires');
	// The form works once the page's script runs: filled before, the text would be lost.
	await page.waitForLoadState('networkidle');
	const description = page.getByLabel('Décrivez le projet en quelques phrases');
	await description.fill('Pièces techniques en caoutchouc pour nos clients');
	await page.getByRole('button', { name: 'Trouver des partenaires' }).click();
	const results = page.getByRole('region', { name: /Partenaires suggérés/ });
	await expect(results.locator('li').first()).toContainText('Polymeris', { timeout: 30_000 });
	await expect(results.locator('li').first()).toContainText('Sa description parle de «\u00a0caoutchouc\u00a0»');
	await page.screenshot({ path: 'test-results/screenshots/partenaires-sans-theme.png', fullPage: true });

	await description.fill('Fabrication de xylophones fictivissimes');
	await page.getByRole('button', { name: 'Trouver des partenaires' }).click();
	await expect(results.getByText(/Aucun partenaire trouvé pour cette description/)).toBeVisible({ timeout: 30_000 });
	await expect(results.getByRole('link', { name: 'Contribuer' })).toHaveAttribute('href', '/contribuer');
	await expect(results.getByRole('link', { name: 'Lire un document' })).toHaveAttribute('href', '/documents');
	await page.setViewportSize({ width: 390, height: 844 });
	await page.screenshot({ path: 'test-results/screenshots/partenaires-rien-mobile.png', fullPage: true });
});
