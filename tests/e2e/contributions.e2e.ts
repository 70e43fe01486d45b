import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './accessibility';
import { createTestAccount, graphDigest, signIn, type TestAccount } from '../support/e2e-accounts';

/**
 * The journey of a contribution, one role after the other: a contributeur proposes a company with
 * its SIREN, located in a commune and member of a cluster, from a new source; a curateur sees the
 * proposal with what it would change, publishes it; the fact appears on both pages with its source
 * and author; the curateur reverts it, and the graph is exactly as before.
 */

/** Picks an entity in a search box of a form: types, then clicks the suggestion. */
async function pick(page: Page, label: string, text: string, option: RegExp) {
	await page.getByRole('combobox', { name: label }).fill(text);
	await page.getByRole('option', { name: option }).first().click();
}

let contributor: TestAccount;
let curator: TestAccount;
const run = Date.now().toString(36);
const company = `Société Fictive des Essais ${run}`;
/** Its id, as Maillage makes one from the name. */
const slug = `societe-fictive-des-essais-${run}`;

test.beforeAll(async ({ request }) => {
	contributor = await createTestAccount(request, 'contributeur', 'Camille Contributrice');
	curator = await createTestAccount(request, 'curateur', 'Dominique Curatrice');
});

test('a contributeur proposes, a curateur publishes then reverts, and the graph is as it was', async ({ browser }) => {
	test.slow();
	const before = graphDigest();

	// The contributeur.
	const contributing = await browser.newContext({ locale: 'fr-FR' });
	const page = await contributing.newPage();
	await signIn(page, contributor);
	await page.locator('summary', { hasText: contributor.name }).click();
	await page.getByRole('link', { name: 'Contribuer' }).click();
	await expect(page.getByRole('heading', { name: 'Ajouter une entité' })).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);

	await page.getByLabel('Nom', { exact: true }).fill(company);
	// A wrong check digit is refused, naming the field, and nothing is lost of what was typed.
	await page.getByLabel('SIREN (9 chiffres)').fill('732 829 321');
	await pick(page, 'Commune ou lieu', 'Aix-en-Pro', /Aix-en-Provence/);
	await page.getByRole('combobox', { name: 'Lien', exact: true }).selectOption({ label: 'membre de' });
	await pick(page, 'Vers', 'Ecosystem Cléon', /Ecosystem Cléon 4\.0/);
	await page.getByText('Ou une nouvelle source').click();
	await page.getByLabel('Titre').fill('Annuaire fictif des entreprises du test');
	await page.getByLabel('Éditeur ou auteur').fill('Éditions Fictives');
	await page.getByLabel('Date (AAAA, AAAA-MM ou AAAA-MM-JJ)').fill('2026-11');
	await page
		.getByLabel('Extrait qui établit le fait')
		.fill('La Société Fictive des Essais, implantée à Aix-en-Provence, a rejoint l’écosystème.');
	await page.getByRole('button', { name: 'Proposer' }).click();
	await expect(page.getByRole('alert')).toContainText('SIREN a une clé de contrôle fausse');
	await expect(page.getByLabel('Nom', { exact: true })).toHaveValue(company);

	// Corrected, the proposal goes to the review queue; nothing is in the graph yet.
	await page.getByLabel('SIREN (9 chiffres)').fill('732 829 320');
	await pick(page, 'Commune ou lieu', 'Aix-en-Pro', /Aix-en-Provence/);
	await page.getByRole('combobox', { name: 'Lien', exact: true }).selectOption({ label: 'membre de' });
	await pick(page, 'Vers', 'Ecosystem Cléon', /Ecosystem Cléon 4\.0/);
	await page.getByRole('button', { name: 'Proposer' }).click();
	await expect(page).toHaveURL(/\/contributions\?propose=cs-/);
	await expect(page.getByRole('status')).toContainText('un curateur la relira');
	await expect(page.getByText(`création de « ${company} » (entreprise)`)).toBeVisible();
	expect(graphDigest()).toBe(before);
	await contributing.close();

	// The curateur sees the proposal, what it would create, and that it applies cleanly.
	const curating = await browser.newContext({ locale: 'fr-FR' });
	const review = await curating.newPage();
	await signIn(review, curator);
	await review.goto('/contributions');
	const proposal = review.locator('article.changeset', { hasText: `création de « ${company} »` });
	await expect(proposal).toContainText('proposé par Camille Contributrice');
	await expect(proposal).toContainText('S’applique au graphe actuel sans conflit.');
	await expect(proposal.locator('td.after', { hasText: '732829320' })).toBeVisible();
	await expect(proposal).toContainText('ajout du lien « membre de »');
	expect(await seriousViolations(review)).toEqual([]);
	// A value typed wrong is corrected before publishing: the site the contributeur did not give.
	await proposal.getByText('Corriger avant de publier').click();
	await proposal.getByLabel('Site web (opération 2)').fill('https://example.test/societe-fictive');
	await proposal.getByLabel('Note (facultative pour publier, obligatoire pour refuser)').fill('Vérifié dans l’annuaire.');
	await proposal.getByRole('button', { name: 'Publier' }).click();
	await expect(review.getByRole('status')).toContainText(`Publié : « création de « ${company} » (entreprise) »`);
	expect(graphDigest()).not.toBe(before);

	// The company's page: its SIREN, its place and membership, with the source and the author.
	await review.goto(`/entite/${slug}`);
	await expect(review.getByRole('heading', { level: 1, name: company })).toBeVisible();
	await expect(review.getByText('732829320')).toBeVisible();
	await expect(review.getByText('https://example.test/societe-fictive')).toBeVisible();
	await expect(review.getByText('Camille Contributrice').first()).toBeVisible();
	await expect(review.getByText('Annuaire fictif des entreprises du test').first()).toBeVisible();
	await expect(review.getByText('a rejoint l’écosystème').first()).toBeVisible();
	await expect(review.getByRole('link', { name: 'Ecosystem Cléon 4.0' }).first()).toBeVisible();
	const history = review.getByRole('region', { name: 'Historique' });
	await expect(history).toContainText(`modifié par Camille Contributrice`);
	await expect(history).toContainText(`création de « ${company} »`);

	// The cluster's page lists the new member, with the same source.
	await review.goto('/entite/ecosystem-cleon-4-0');
	await expect(review.getByRole('link', { name: company })).toBeVisible();

	// The curateur reverts it from the history; the graph is exactly as before.
	await review.goto('/historique');
	const published = review.locator('article.changeset', { hasText: `création de « ${company} »` });
	await published.getByLabel('Pourquoi l’annuler ?').fill('Essai de bout en bout terminé.');
	await published.getByRole('button', { name: 'Annuler ce changement' }).click();
	await expect(review.getByRole('status')).toContainText('Annulé');
	expect(graphDigest()).toBe(before);
	await review.goto('/entite/ecosystem-cleon-4-0');
	await expect(review.getByRole('link', { name: company })).toHaveCount(0);
	await curating.close();
});

test('a reader cannot reach the contribution pages, and the API refuses writes without an account', async ({ page, request }) => {
	await page.goto('/contribuer');
	await expect(page).toHaveURL(/\/connexion\?suite=%2Fcontribuer/);
	const anonymous = await request.post('/api/entities', { data: { kind: 'Company', name: 'Fictive' } });
	expect(anonymous.status()).toBe(401);
	expect(anonymous.headers()['www-authenticate']).toBe('Bearer realm="maillage"');
	const lecteur = await createTestAccount(request, 'lecteur', 'Léo Lecteur');
	await signIn(page, lecteur);
	const forbidden = await page.goto('/contribuer');
	expect(forbidden?.status()).toBe(403);
	await expect(page.getByText('Cette page demande le rôle contributeur ou plus')).toBeVisible();
});

test('a curateur merges a duplicate after seeing what moves, its address then leads to the kept entity, and the history undoes it', async ({
	page,
	request
}) => {
	const before = graphDigest();
	const merger = await createTestAccount(request, 'curateur', 'Morgane Fusion');
	await signIn(page, merger);
	// The page's own session and CSRF token, as its scripts send them.
	const csrf = await page.locator('input[name="csrf"]').first().inputValue();
	const create = async (name: string, extra: Record<string, unknown>) => {
		const response = await page.request.post('/api/entities', {
			headers: { 'x-csrf-token': csrf },
			data: { kind: 'Company', name, citation: { sourceId: 'cleon-4-0-bilan', excerpt: 'Un passage fictif.' }, ...extra }
		});
		expect(response.status(), await response.text()).toBe(201);
		return (await response.json()) as { id: string; operations: { id: string }[] };
	};
	const withoutCsrf = await page.request.post('/api/entities', { data: { kind: 'Company', name: 'Sans jeton' } });
	expect(withoutCsrf.status()).toBe(403);
	expect((await withoutCsrf.json()).code).toBe('csrf-failed');
	const keep = await create(`Fictive Mécanique ${run}`, {});
	const drop = await create(`Fictive Mécanique SA ${run}`, { siren: '732829320', link: { type: 'MEMBER_OF', to: 'ecosystem-cleon-4-0' } });
	const [keepId, dropId] = [keep.operations[0].id, drop.operations[0].id];

	await page.goto(`/entite/${keepId}`);
	await page.getByRole('link', { name: 'Fusionner un doublon' }).click();
	await pick(page, 'Le doublon', `Fictive Mécanique SA ${run}`, /Fictive Mécanique SA/);
	await page.getByRole('button', { name: 'Voir ce qui changera' }).click();
	const preview = page.getByRole('region', { name: /Ce que la fusion/ });
	await expect(preview).toContainText('ajout du lien « membre de »');
	await expect(preview).toContainText('masquage de l’entité');
	await page.getByLabel('Pourquoi fusionner ?').fill('Même entreprise, deux fiches.');
	await page.getByRole('button', { name: 'Fusionner' }).click();
	await expect(page.getByText('732829320')).toBeVisible();
	await expect(page.getByText(`Fictive Mécanique SA ${run}`).first()).toBeVisible();

	// The duplicate's address leads to the kept entity.
	await page.goto(`/entite/${dropId}`);
	await expect(page).toHaveURL(new RegExp(`/entite/${keepId}$`));

	// Undone from the history, then the two creations too: the graph is as it was.
	await page.goto('/historique?kind=merge');
	const merge = page.locator('article.changeset').first();
	await merge.getByLabel('Pourquoi l’annuler ?').fill('Essai terminé.');
	await merge.getByRole('button', { name: 'Annuler ce changement' }).click();
	await expect(page.getByRole('status')).toContainText('Annulé');
	for (const changeset of [drop, keep]) {
		const reverted = await page.request.post(`/api/changesets/${changeset.id}/revert`, {
			headers: { 'x-csrf-token': csrf },
			data: { reason: 'Essai terminé.' }
		});
		expect(reverted.status(), await reverted.text()).toBe(200);
	}
	expect(graphDigest()).toBe(before);
});

test('a file can be the source: kept, cited, and offered for download', async ({ page, request }) => {
	const before = graphDigest();
	await signIn(page, await createTestAccount(request, 'curateur', 'Sacha Source'));
	await page.goto('/entite/ecosystem-cleon-4-0/lien');
	await page.getByRole('combobox', { name: 'Lien', exact: true }).selectOption({ label: 'collabore avec' });
	await pick(page, 'Autre entité', 'Aerospace Val', /Aerospace Valley/);
	await page.getByText('Ou une nouvelle source').click();
	await page.getByLabel('Titre').fill(`Compte rendu fictif ${run}`);
	await page.getByLabel('Ou un fichier (la source elle-même)').setInputFiles({
		name: 'compte-rendu fictif.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from('Compte rendu fictif : les deux structures travaillent ensemble.')
	});
	await page.getByLabel('Extrait qui établit le fait').fill('les deux structures travaillent ensemble');
	await page.getByRole('button', { name: 'Publier' }).click();
	await expect(page.getByRole('status')).toContainText('Publié.');
	const link = page.getByRole('link', { name: `Compte rendu fictif ${run}` }).first();
	const href = new URL((await link.getAttribute('href'))!, page.url()).pathname;
	expect(href).toMatch(/^\/sources\/fichiers\/[0-9a-f]{8}-compte-rendu-fictif\.txt$/);
	const file = await request.get(href);
	expect(file.headers()['content-disposition']).toContain('attachment');
	expect(await file.text()).toContain('travaillent ensemble');

	await page.goto('/historique');
	const change = page.locator('article.changeset').first();
	await change.getByLabel('Pourquoi l’annuler ?').fill('Essai terminé.');
	await change.getByRole('button', { name: 'Annuler ce changement' }).click();
	await expect(page.getByRole('status')).toContainText('Annulé');
	expect(graphDigest()).toBe(before);
});
