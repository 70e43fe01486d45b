import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './accessibility';
import { createTestAccount, signIn, type TestAccount } from '../support/e2e-accounts';

/**
 * A chargée de mission reads a regional press article into Maillage: she pastes it, sees the
 * organisations the graph knows and the new ones highlighted, accepts three proposed facts (one
 * after editing it), rejects one, then finds an accepted fact on the entity page with its excerpt
 * and the article as its source, whose link leads back to the passage. A contributeur's acceptance
 * waits for a curator; a visitor reads the list but cannot add. Fictivia and Exemplia are
 * fictitious; Tenerrdis, ADEME and Grenoble are in the graph.
 */

test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

let curator: TestAccount;
let contributor: TestAccount;
// In capitals: a name's words are capitalised.
const run = Date.now().toString(36).toUpperCase();
const company = `Fictivia Hydrogène ${run}`;
const cluster = `Exemplia Chaleur ${run}`;
const article = [
	`Grenoble : la société ${company} rejoint le pôle Tenerrdis`,
	'',
	`La société ${company}, implantée à Grenoble, est devenue membre du pôle de compétitivité Tenerrdis.`,
	`Le projet « Fictibulle ${run} », porté par ${company}, est financé par l'ADEME à hauteur de 1,2 million d'euros en 2026.`,
	`Le cluster ${cluster} collabore avec ${company} depuis 2024.`
].join('\n');
let documentUrl = '';

test.beforeAll(async ({ request }) => {
	curator = await createTestAccount(request, 'curateur', 'Claire Lectrice');
	contributor = await createTestAccount(request, 'contributeur', 'Karim Lecteur');
});

async function addArticle(page: Page, title: string) {
	await page.goto('/documents');
	await page.waitForLoadState('networkidle');
	await page.getByLabel('Titre', { exact: true }).fill(title);
	await page.getByLabel('Éditeur ou journal').fill('Le Journal fictif');
	await page.getByLabel('Date (AAAA ou AAAA-MM-JJ)').fill('2026-11-02');
	await page.getByLabel('Texte du document').fill(article);
	await page.getByRole('button', { name: 'Lire le document' }).click();
	await page.waitForURL(/\/documents\/doc-/);
	await page.waitForLoadState('networkidle');
}

/** The number of facts still to review, as the filter says: it drops once a decision is saved. */
async function pending(page: Page): Promise<number> {
	const label = await page.getByRole('button', { name: /^À examiner \(\d+\)/ }).textContent();
	return Number(/\((\d+)\)/.exec(label ?? '')?.[1]);
}
async function decided(page: Page, before: number, notice: string) {
	await expect(page.getByRole('button', { name: `À examiner (${before - 1})` })).toBeVisible();
	await expect(page.getByRole('status')).toHaveText(notice);
}

const card = (page: Page, type: string, name: string) =>
	page.locator('[data-testid^=proposal-]').filter({ hasText: type }).filter({ hasText: name }).first();

test('a curator reads an article, decides four facts, and finds one on the entity page, back to its passage', async ({ page }) => {
	await signIn(page, curator);
	await addArticle(page, `Article fictif ${run}`);
	documentUrl = page.url();
	const text = page.locator('article.text');
	await expect(text.locator('a.known', { hasText: 'Tenerrdis' }).first()).toHaveAttribute('href', '/entite/tenerrdis');
	await expect(text.locator('a.known', { hasText: 'ADEME' })).toHaveCount(1);
	await expect(text.locator('.new', { hasText: company }).first()).toBeVisible();
	await expect(text.locator('.new', { hasText: cluster })).toBeVisible();
	await expect(page.getByText(/entités reconnues, \d+ nouvelles/)).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);

	// 1. Accepted as proposed.
	let before = await pending(page);
	await card(page, 'membre de', 'Tenerrdis').getByRole('button', { name: 'Accepter', exact: true }).click();
	await decided(page, before--, 'Fait accepté et publié.');
	// 2. Accepted after editing its amount.
	const funding = card(page, 'finance', 'ADEME');
	await funding.getByRole('button', { name: 'Modifier puis accepter' }).click();
	await funding.getByLabel('Montant (€)').fill('1250000');
	await funding.getByRole('button', { name: 'Accepter avec ces valeurs' }).click();
	await decided(page, before--, 'Fait accepté et publié.');
	// 3. Accepted: a place.
	await card(page, 'situé à', 'Grenoble').getByRole('button', { name: 'Accepter', exact: true }).click();
	await decided(page, before--, 'Fait accepté et publié.');
	// 4. Rejected with a reason.
	const collaboration = card(page, 'collabore avec', cluster);
	await collaboration.getByRole('button', { name: 'Rejeter' }).click();
	await collaboration.getByLabel('Raison (facultatif)').fill('à vérifier auprès du cluster');
	await collaboration.getByRole('button', { name: 'Rejeter' }).click();
	await decided(page, before, 'Fait rejeté.');

	await page.getByRole('button', { name: /^Acceptés \(3\)/ }).click();
	await expect(page.locator('[data-testid^=proposal-][data-status=accepted]')).toHaveCount(3);
	await page.getByRole('button', { name: /^Rejetés \(1\)/ }).click();
	await expect(page.getByText('Rejeté par Claire Lectrice — à vérifier auprès du cluster')).toBeVisible();
	const facts = page.locator('section', { has: page.getByRole('heading', { name: 'Faits issus de ce document' }) });
	await expect(facts.getByRole('listitem')).toHaveCount(3);

	// On the new company's page: its membership, the sentence that states it, the article as the source, and back to the passage.
	await facts.getByRole('link', { name: company }).first().click();
	await page.waitForURL(/\/entite\//);
	const quote = page.locator('q').filter({ hasText: company }).filter({ hasText: 'Tenerrdis' }).first();
	await expect(quote).toBeVisible();
	const passage = (await quote.textContent())!;
	const source = page.getByRole('link', { name: `Article fictif ${run}` }).first();
	await expect(source).toBeVisible();
	await source.click();
	await page.waitForURL(/\/documents\/doc-.*\?extrait=/);
	await expect(page.locator('article.text p.passage')).toContainText(passage.replace(/\s+/g, ' ').slice(0, 60));
	// The funding as edited: 1,25 million on ADEME's side.
	await page.goto('/entite/ademe');
	await expect(page.getByText(`Fictibulle ${run}`).first()).toBeVisible();
});

test('a contributeur’s acceptance waits for a curator', async ({ page }) => {
	await signIn(page, contributor);
	await addArticle(page, `Article fictif bis ${run}`);
	const before = await pending(page);
	await card(page, 'finance', 'ADEME').getByRole('button', { name: 'Accepter', exact: true }).click();
	await decided(page, before, 'Fait proposé : il attend la relecture d’un curateur.');
	await page.getByRole('button', { name: /^En relecture \(1\)/ }).click();
	await expect(page.getByText('Proposé par Karim Lecteur, en attente de relecture')).toBeVisible();
	await page.goto('/contributions');
	await expect(page.getByText(`Fictibulle ${run}`).first()).toBeVisible();
});

test('a report uploaded as a PDF is read: its text shown, its organisations highlighted, the file kept', async ({ page }) => {
	await signIn(page, contributor);
	await page.goto('/documents');
	await page.waitForLoadState('networkidle');
	await page.getByLabel('Titre', { exact: true }).fill(`Rapport fictif ${run}`);
	await page.getByLabel('Nature').selectOption('report');
	await page.getByLabel('Déposer un fichier').check();
	await page.getByLabel(/Fichier PDF, HTML, DOCX ou texte/).setInputFiles('tests/fixtures/documents/files/rapport-exemplia.pdf');
	await page.getByRole('button', { name: 'Lire le document' }).click();
	await page.waitForURL(/\/documents\/doc-/);
	await expect(page.getByRole('heading', { name: `Rapport fictif ${run}` })).toBeVisible();
	await expect(page.locator('article.text')).toContainText('développement');
	await expect(page.getByRole('link', { name: /Télécharger le fichier \(rapport-exemplia\.pdf\)/ })).toBeVisible();

	// A file needs no title: a Word file takes the one Word keeps in its properties.
	await page.goto('/documents');
	await page.waitForLoadState('networkidle');
	await page.getByLabel('Déposer un fichier').check();
	await expect(page.getByText(/^Laissé vide\s: le titre que donne le fichier/)).toBeVisible();
	await page.getByLabel(/Fichier PDF, HTML, DOCX ou texte/).setInputFiles('tests/fixtures/documents/files/plan-action-exemplia.docx');
	await page.screenshot({ path: 'test-results/screenshots/documents-fichier-sans-titre.png', fullPage: true });
	await page.getByRole('button', { name: 'Lire le document' }).click();
	await page.waitForURL(/\/documents\/doc-/);
	await expect(
		page.getByRole('heading', { level: 1, name: 'Plan d’action 2025 & feuille de route du cluster Exemplia Méca' })
	).toBeVisible();
});

test('a file that is not what its name says is refused in French, and nothing is kept', async ({ page }) => {
	await signIn(page, contributor);
	await page.goto('/documents');
	await page.waitForLoadState('networkidle');
	const before = await page.locator('ul.documents > li').count();
	await page.getByLabel('Titre', { exact: true }).fill(`Image renommée ${run}`);
	await page.getByLabel('Déposer un fichier').check();
	await page.getByLabel(/Fichier PDF, HTML, DOCX ou texte/).setInputFiles('tests/fixtures/documents/files/image-renommee.pdf');
	await page.getByRole('button', { name: 'Lire le document' }).click();
	await expect(page.getByRole('alert')).toContainText('n’est pas un PDF');
	await expect(page.getByLabel('Titre', { exact: true })).toHaveValue(`Image renommée ${run}`);
	await page.goto('/documents');
	await expect(page.locator('ul.documents > li')).toHaveCount(before);
});

test('a visitor reads the list and a document, without forms', async ({ page }) => {
	await page.goto('/documents');
	await expect(page.getByRole('link', { name: `Article fictif ${run}` })).toBeVisible();
	await expect(page.getByText('Pour ajouter un document, connectez-vous avec un compte contributeur.')).toBeVisible();
	await expect(page.getByLabel('Titre', { exact: true })).toHaveCount(0);
	await page.goto(documentUrl);
	await expect(page.getByRole('button', { name: 'Accepter', exact: true })).toHaveCount(0);
});

test('on a phone, the document page reads in one column with a way to the proposals', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
	const page = await context.newPage();
	await signIn(page, curator);
	await page.goto(documentUrl);
	await page.getByRole('link', { name: /Aller aux faits proposés/ }).click();
	await expect(page.getByRole('heading', { name: 'Faits proposés' })).toBeInViewport();
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(width).toBeLessThanOrEqual(390);
	expect(await seriousViolations(page)).toEqual([]);
	await context.close();
});

test('the menu leads to the documents; a passage is named by its anchor or offsets; decided facts stay legible (axe)', async ({ page }) => {
	await signIn(page, curator);
	// The menu closes itself after a navigation, hydration included: opened again until it stays.
	const read = page.getByRole('link', { name: 'Lire un document' });
	await expect(async () => {
		if (!(await read.isVisible())) await page.locator('details.account summary').click();
		await expect(read).toBeVisible({ timeout: 1000 });
	}).toPass();
	await read.click();
	await expect(page).toHaveURL(/\/documents$/);
	const line = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: `Article fictif ${run}`, exact: true }) });
	await expect(line).toContainText(/[1-9]\d* à examiner · 3 acceptés · 0 en relecture · 1 rejetés/);
	await line.getByRole('link').click();
	await page.waitForURL(/\/documents\/doc-/);

	// « Voir dans le texte » is a link to the sentence's anchor, inside the paragraph it marks.
	const text = page.locator('article.text');
	const first = page.locator('[data-testid^=proposal-][data-status=pending]').first();
	const evidence = (await first.locator('q').textContent())!;
	await first.getByRole('link', { name: 'Voir dans le texte' }).click();
	await expect(page).toHaveURL(/#passage-\d+-\d+$/);
	const anchor = new URL(page.url()).hash;
	await expect(text.locator(`p.passage ${anchor}`)).toHaveCount(1);
	await expect(text.locator('p.passage')).toContainText(evidence);

	// The same passage opened from elsewhere: by its anchor, or by its offsets.
	await page.goto(`${documentUrl}${anchor}`);
	await expect(text.locator('p.passage')).toContainText(evidence);
	await expect(text.locator('p.passage')).toBeInViewport();
	const [, start, end] = anchor.split('-');
	await page.goto(`${documentUrl}?passage=${start}-${end}`);
	await expect(text.locator('p.passage')).toContainText(evidence);

	// A rejected fact is set apart without fading its text below the contrast a person needs.
	await page.getByRole('button', { name: /^Rejetés \(1\)/ }).click();
	await expect(page.locator('[data-testid^=proposal-][data-status=rejected]')).toHaveCount(1);
	expect(await seriousViolations(page)).toEqual([]);
});
