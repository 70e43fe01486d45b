import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './accessibility';
import { createTestAccount, graphDigest, signIn, type TestAccount } from '../support/e2e-accounts';
import { siretOf } from '../fixtures/imports/make-fixtures';

/**
 * A cluster manager brings her member list in: 200 rows for Tenerrdis (three already known to the
 * graph, six wrong), reads the preview, fixes one row, sets another aside, applies, and sees the new
 * members on the map of France; then she undoes it, and the graph is exactly as before. A
 * contributeur's import waits for a curator. The companies are fictitious (tests/fixtures/imports).
 */

test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

const MEMBERS = 'tests/fixtures/imports/membres-tenerrdis-200.xlsx';
let curator: TestAccount;
let contributor: TestAccount;
let digestBefore = '';
let importUrl = '';

test.beforeAll(async ({ request }) => {
	curator = await createTestAccount(request, 'curateur', 'Claire Animatrice');
	contributor = await createTestAccount(request, 'contributeur', 'Karim Chargé');
});

/** Uploads a file on /import and waits for its preview. */
async function upload(page: Page, file: string, cluster: string | null, preset = 'Membres d’un cluster ou d’un réseau') {
	await page.goto('/import');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Importer un tableur');
	await page.getByLabel(/^Fichier \(\.xlsx, \.csv — /).setInputFiles(file);
	await page.getByRole('radio', { name: new RegExp(`^${preset}`) }).check();
	if (cluster) {
		const box = page.locator('[data-field=clusterId]').getByRole('combobox');
		await box.pressSequentially(cluster, { delay: 20 });
		await page
			.getByRole('option', { name: new RegExp(`^${cluster}`) })
			.first()
			.click();
	}
	await page.getByRole('button', { name: 'Lire le fichier' }).click();
	await expect(page).toHaveURL(/\/import\/imp-[0-9a-f]{16}/);
	await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 30_000 });
}

test('a member list of 200 rows: matches and errors shown, one row fixed, one set aside, applied, then seen on the map', async ({
	page
}) => {
	digestBefore = graphDigest();
	await signIn(page, curator);
	await upload(page, MEMBERS, 'Tenerrdis');
	importUrl = page.url();
	const summary = page.getByTestId('import-summary');
	await expect(summary).toHaveText(
		/^194 acteurs \(3 reconnus, 191 nouveaux\), 194 liens « membre de », \d+ liens « situé à », 6 lignes écartées$/
	);
	expect(await seriousViolations(page)).toEqual([]);

	// The three known members, with why.
	await page.getByRole('link', { name: 'prête (194)' }).click();
	await expect(page.locator('tr[data-row="13"]')).toContainText('même nom, même lieu');
	await expect(page.locator('tr[data-row="13"]').getByRole('link', { name: 'Minalogic' })).toBeVisible();
	await page.getByRole('link', { name: 'erreur (6)' }).click();
	const errors = page.locator('table.rows tbody tr');
	await expect(errors).toHaveCount(6);
	await expect(page.locator('tr[data-row="23"]')).toContainText('SIRET : ce SIRET a une clé de contrôle fausse');
	await expect(page.locator('tr[data-row="63"]')).toContainText('aucune commune « Villefictive-sur-Isère »');

	// Row 23's SIRET corrected, row 63 set aside: the preview is computed again.
	await page.getByLabel('Corriger « SIRET » (Ligne 23)').fill(siretOf(901));
	await page.locator('tr[data-row="63"]').getByLabel('écarter').check();
	await page.getByRole('button', { name: 'Recalculer l’aperçu' }).click();
	await expect(summary).toHaveText(
		/^195 acteurs \(3 reconnus, 192 nouveaux\), 195 liens « membre de », \d+ liens « situé à », 5 lignes écartées$/
	);

	await page.getByRole('button', { name: 'Appliquer l’import' }).click();
	await expect(page.getByRole('heading', { name: 'Import publié' })).toBeVisible({ timeout: 60_000 });
	await expect(page.getByTestId('import-report')).toHaveText(/^195 acteurs \(3 reconnus, 192 nouveaux\)/);
	expect(graphDigest()).not.toBe(digestBefore);
	await page.screenshot({ path: 'test-results/screenshots/import-report.png', fullPage: true });

	// The map: the cluster, its new members at their communes.
	await page.getByTestId('import-map').click();
	await expect(page).toHaveURL(/\/explorer\?vue/);
	await expect(page.getByLabel('Disposition')).toHaveValue('geographic');
	await expect(page.locator('svg.map path.region')).toHaveCount(13);
	await page.getByText(/^Nœuds affichés \(\d+\)$/).click();
	const nodes = page.getByRole('list', { name: 'Nœuds affichés' });
	await expect(nodes.getByRole('button', { name: /^Atelier Fictif Mécanique SARL/ })).toBeVisible();
	await expect(nodes.getByRole('button', { name: /^Faute de Frappe Mécanique/ })).toBeVisible();
	await expect(nodes.getByRole('button', { name: /^Tenerrdis/ })).toBeVisible();
	await expect(page.locator('.stage')).toHaveAttribute('aria-busy', 'false');
	await page.screenshot({ path: 'test-results/screenshots/import-map.png' });
});

test('the import is undone from its page, and the graph is back to its digest before', async ({ page }) => {
	expect(importUrl).not.toBe('');
	await signIn(page, curator);
	await page.goto(importUrl);
	await page.getByLabel('Pourquoi l’annuler').fill('Essai terminé : la liste sera importée après relecture.');
	await page.getByRole('button', { name: 'Annuler cet import' }).click();
	await expect(page.getByText(/^Import annulé : le graphe est revenu à son état d’avant/)).toBeVisible();
	expect(graphDigest()).toBe(digestBefore);
});

test('a contributeur’s import waits for a curator, and writes nothing yet', async ({ page, browser }) => {
	const before = graphDigest();
	await signIn(page, contributor);
	await upload(page, 'tests/fixtures/imports/membres-awkward.xlsx', 'Tenerrdis');
	await expect(page.getByTestId('import-summary')).toHaveText(/^3 acteurs \(0 reconnu, 3 nouveaux\)/);
	await expect(page.getByText('Vous êtes contributeur : l’import sera proposé')).toBeVisible();
	await page.getByRole('button', { name: 'Appliquer l’import' }).click();
	await expect(page.getByRole('heading', { name: 'Import proposé : il attend la relecture d’un curateur' })).toBeVisible();
	expect(graphDigest()).toBe(before);

	const review = await (await browser.newContext()).newPage();
	await signIn(review, curator);
	await review.goto('/contributions');
	await expect(review.getByText(/import de « membres-awkward\.xlsx »/).first()).toBeVisible();
});

test('on a phone, each row of the preview is a card', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await signIn(page, curator);
	await upload(page, 'tests/fixtures/imports/acteurs-windows-1252.csv', null, 'Acteurs');
	const row = page.locator('table.rows tbody tr').first();
	await expect(row).toHaveCSS('display', 'block');
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(width).toBeLessThanOrEqual(390);
	await page.screenshot({ path: 'test-results/screenshots/import-phone.png' });
});
