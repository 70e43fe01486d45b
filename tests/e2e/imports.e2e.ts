import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './accessibility';
import { createTestAccount, graphDigest, signIn, type TestAccount } from '../support/e2e-accounts';
import { siretOf } from '../fixtures/imports/make-fixtures';

/**
 * A cluster manager brings her member list in: 200 rows for Tenerrdis (three already known to the
 * graph, six wrong), reads the preview, fixes one row, sets another aside, applies, and sees the new
 * members on the map of France; the same file again changes nothing; then she undoes it, and the
 * graph is exactly as before. An organisation the graph holds twice waits for her choice; columns
 * mapped by hand are saved and reused; a contributeur's import waits for a curator. The companies
 * are fictitious (tests/fixtures/imports).
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
	expect(await seriousViolations(page)).toEqual([]);
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

	// The rows set aside, as a CSV to fix: the file's columns, the row and the reason.
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'Télécharger les lignes écartées (CSV)' }).click()
	]);
	const rejected = await readFile(await download.path(), 'utf8');
	const lines = rejected
		.replace(/^\uFEFF/, '')
		.trim()
		.split('\r\n');
	expect(lines[0]).toMatch(/^Raison sociale;SIRET;.*;Ligne d’origine;Motif$/);
	expect(lines).toHaveLength(1 + 5);
	expect(lines.find((line) => line.startsWith('Commune Inventée Robotique'))).toMatch(/;63;écartée à la relecture$/);
	expect(lines.find((line) => line.includes(';43;'))).toContain('SIRET : ce SIRET a une clé de contrôle fausse');

	// The map: the cluster, its new members at their communes.
	const mapHref = await page.getByTestId('import-map').getAttribute('href');
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

	// Where the map draws them (`debug` puts the Cytoscape instance on window): every member of
	// Tenerrdis with a commune sits by that commune, none in the rows of the unplaced under the map.
	await page.goto(`${mapHref}&debug`);
	await expect(page.locator('.stage')).toHaveAttribute('aria-busy', 'false');
	// The 192 new ones and Minalogic (row 13, in Grenoble) have their commune on the map; the layout
	// may still be moving them there: asked again until they have arrived.
	const placement = () =>
		page.evaluate(() => {
			type Position = { x: number; y: number };
			type Node = { id(): string; data(key: string): string; position(): Position; connectedEdges(): Edges };
			type Edges = { filter(test: (edge: Edge) => boolean): Edges; map<T>(each: (edge: Edge) => T): T[] };
			type Edge = { data(key: string): string; source(): Node; target(): Node };
			const cy = (window as unknown as { __maillageCy?: { nodes(): { filter(test: (node: Node) => boolean): Node[] } } }).__maillageCy;
			// A member is the source of a MEMBER_OF link (Minalogic, a cluster itself, is one of them).
			const members =
				cy?.nodes().filter(
					(node) =>
						node
							.connectedEdges()
							.filter((edge) => edge.data('type') === 'MEMBER_OF' && edge.source().id() === node.id())
							.map(() => 1).length > 0
				) ?? [];
			const located = members.map((member) => ({
				name: member.data('label'),
				distances: member
					.connectedEdges()
					.filter((edge) => edge.data('type') === 'LOCATED_IN')
					.map((edge) => (edge.source().id() === member.id() ? edge.target() : edge.source()).position())
					.map((place) => Math.hypot(place.x - member.position().x, place.y - member.position().y))
			}));
			const withCommune = located.filter((member) => member.distances.length > 0);
			// 220 model pixels make a degree of latitude (projection.ts): near is within 0.75° (80 km).
			const far = withCommune.filter((member) => Math.min(...member.distances) > 165).map((member) => member.name);
			return { members: members.length, withCommune: withCommune.length, far };
		});
	await expect.poll(placement, { timeout: 20_000 }).toEqual({ members: 195, withCommune: 193, far: [] });
});

test('the same file again changes nothing: every row is already in the graph', async ({ page }) => {
	const before = graphDigest();
	await signIn(page, curator);
	await upload(page, MEMBERS, 'Tenerrdis');
	await expect(page.getByRole('link', { name: /^déjà présente \(19[45]\)$/ })).toBeVisible();
	await expect(page.getByRole('link', { name: /^prête/ })).toHaveCount(0);
	await page.getByRole('button', { name: 'Appliquer l’import' }).click();
	await expect(page.getByRole('heading', { name: 'Rien à changer : le graphe contient déjà tout ce que dit ce fichier.' })).toBeVisible({
		timeout: 60_000
	});
	expect(graphDigest()).toBe(before);
});

test('the import is undone from its page, and the graph is back to its digest before', async ({ page }) => {
	expect(importUrl).not.toBe('');
	await signIn(page, curator);
	await page.goto(importUrl);
	await page.getByLabel('Pourquoi l’annuler').fill('Essai terminé : la liste sera importée après relecture.');
	await page.getByRole('button', { name: 'Annuler cet import' }).click();
	await expect(page.getByRole('heading', { name: 'Import annulé' })).toBeVisible();
	await expect(page.getByText(/^Import annulé : le graphe est revenu à son état d’avant/)).toBeVisible();
	await expect(page.getByRole('button', { name: 'Annuler cet import' })).toHaveCount(0);
	expect(graphDigest()).toBe(digestBefore);
});

test('an organisation the graph holds twice waits for a choice; once chosen, the row is ready and says so', async ({ page }, testInfo) => {
	// « CCI » is the alias of two chambers of commerce of the test graph, and no place tells them apart.
	const file = testInfo.outputPath('membres-a-trancher.csv');
	await writeFile(file, 'Nom;Code postal;Commune\nCCI;;\nSociété Fictive Tranchée;38130;Échirolles\n');
	await signIn(page, curator);
	await upload(page, file, 'Tenerrdis');
	await expect(page.getByTestId('import-summary')).toHaveText(
		/^1 acteur \(0 reconnu, 1 nouveau\), 1 lien « membre de », .*1 ligne écartée$/
	);
	const row = page.locator('tr[data-row="2"]');
	await expect(row.locator('.badge')).toHaveText('à trancher');
	const choice = row.getByRole('group', { name: /^CCI plusieurs entités possibles/ });
	await expect(choice.getByRole('radio')).toHaveCount(4);
	await expect(choice.getByRole('radio', { name: /^décider plus tard/ })).toBeChecked();
	expect(await seriousViolations(page)).toEqual([]);

	await choice.getByRole('radio', { name: /Campus Industrie 4\.0 \(même nom\)$/ }).check();
	await page.getByRole('button', { name: 'Recalculer l’aperçu' }).click();
	await expect(page.getByTestId('import-summary')).toHaveText(
		/^2 acteurs \(1 reconnu, 1 nouveau\), 2 liens « membre de », .*0 ligne écartée$/
	);
	await expect(row.locator('.badge')).toHaveText('prête');
	await expect(row).toContainText('choisie à la relecture');
	await expect(row.getByRole('link', { name: /Campus Industrie 4\.0$/ })).toHaveAttribute('href', /^\/entite\//);
	await page.getByRole('button', { name: 'Abandonner cet import' }).click();
	await expect(page).toHaveURL(/\/import$/);
});

test('columns mapped by hand are saved as a model, and the next file read with it', async ({ page }) => {
	const ACTORS = 'tests/fixtures/imports/acteurs-windows-1252.csv';
	await signIn(page, curator);
	await upload(page, ACTORS, null, 'Acteurs');
	await expect(page.getByTestId('import-summary')).toHaveText(
		/^2 acteurs \(0 reconnu, 2 nouveaux\), 2 liens « situé à », 1 ligne écartée$/
	);
	// The INSEE code set aside: the unknown code is no error any more, and no commune is found.
	await page.locator('summary').filter({ hasText: 'Colonnes' }).click();
	await page.getByLabel('Code INSEE', { exact: true }).selectOption({ label: 'Ignorée' });
	await page.getByRole('button', { name: 'Relire avec ces colonnes' }).click();
	await expect(page.getByTestId('import-summary')).toHaveText(/^3 acteurs \(0 reconnu, 3 nouveaux\), 0 ligne écartée$/);
	// The table stays open after « Relire », with the choices made.
	await expect(page.getByLabel('Code INSEE', { exact: true })).toHaveValue('');
	await page.getByPlaceholder('Nom du modèle').fill('Acteurs sans commune');
	await page.getByRole('button', { name: 'Enregistrer ce modèle' }).click();
	await expect(page.getByText('Modèle « Acteurs sans commune » enregistré.')).toBeVisible();

	await page.goto('/import');
	await page.getByLabel(/^Fichier \(\.xlsx, \.csv — /).setInputFiles(ACTORS);
	await page.getByRole('radio', { name: /^Acteurs/ }).check();
	await page.getByLabel('Modèle de colonnes enregistré').selectOption({ label: 'Acteurs sans commune' });
	await page.getByRole('button', { name: 'Lire le fichier' }).click();
	await expect(page.getByTestId('import-summary')).toHaveText(/^3 acteurs \(0 reconnu, 3 nouveaux\), 0 ligne écartée$/, {
		timeout: 30_000
	});
	await page.locator('summary').filter({ hasText: 'Colonnes' }).click();
	await expect(page.getByLabel('Code INSEE', { exact: true })).toHaveValue('');
	await page.getByRole('button', { name: 'Abandonner cet import' }).click();
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
	await review.close();
});

test('on a phone, each row of the preview is a card', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await signIn(page, curator);
	await upload(page, 'tests/fixtures/imports/acteurs-windows-1252.csv', null, 'Acteurs');
	const row = page.locator('table.rows tbody tr').first();
	await expect(row).toHaveCSS('display', 'block');
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(width).toBeLessThanOrEqual(390);
	expect(await seriousViolations(page)).toEqual([]);
	await page.screenshot({ path: 'test-results/screenshots/import-phone.png' });

	// The column table too: a block per column, nothing wider than the phone.
	await page.locator('summary').filter({ hasText: 'Colonnes' }).click();
	await expect(page.locator('table.columns tbody tr').first()).toHaveCSS('display', 'block');
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	await page.screenshot({ path: 'test-results/screenshots/import-phone-columns.png', fullPage: true });
});

test('a file larger than the server reads is refused on the page, before it is sent', async ({ page }, testInfo) => {
	const file = testInfo.outputPath('trop-grand.csv');
	// The journeys' server keeps adapter-node's default BODY_SIZE_LIMIT, 512K: the form offers 496 Ko.
	await writeFile(file, `Nom;Commune\n${'Entreprise Fictive Volumineuse;Voiron\n'.repeat(20_000)}`);
	await signIn(page, curator);
	await page.goto('/import');
	await page.getByLabel('Fichier (.xlsx, .csv — 496 Ko au plus)').setInputFiles(file);
	await expect(page.getByRole('alert')).toHaveText(/^Ce fichier fait \d+ Ko : ce serveur en accepte 496 Ko au plus\./);
	await expect(page.getByRole('button', { name: 'Lire le fichier' })).toBeDisabled();
});
