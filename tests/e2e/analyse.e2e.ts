import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { E2E_ADMIN_TOKEN } from '../../playwright.config';
import { seriousViolations } from './accessibility';
import { createTestAccount, signIn } from '../support/e2e-accounts';

/** The value of a summary figure ("Nœuds", "Modularité"…) as a number. */
async function figure(page: Page, label: string): Promise<number> {
	const text = await page
		.getByRole('region', { name: 'Résumé' })
		.locator('dt', { hasText: new RegExp(`^${label}$`) })
		.locator('+ dd')
		.textContent();
	return Number((text ?? '').replace(/\s/g, '').replace(',', '.'));
}

/** Waits for the community graph to be laid out (and the last frame drawn). */
async function drawn(page: Page) {
	await expect(page.getByRole('img', { name: /^Graphe de la projection/ })).toHaveAttribute('aria-busy', 'false');
	await page.waitForTimeout(300);
}

/** The numbers of one column of the ranking, top to bottom. */
async function column(page: Page, index: number): Promise<number[]> {
	const cells = await page.locator('table tbody tr').locator(`td:nth-child(${index})`).allTextContents();
	return cells.map((text) => Number(text.replace(/\s/g, '').replace(',', '.')));
}

test('a researcher measures the actors sharing projects, sorts them, sees the communities and the figures', async ({ page }) => {
	test.setTimeout(90_000);
	await page.setViewportSize({ width: 1366, height: 900 });
	await page.goto('/');
	await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Analyse', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Analyse de réseau');

	// The default network: actors linked by shared projects.
	await expect(page.getByLabel('Réseau', { exact: true })).toHaveValue('actors-sharing-projects');
	const nodes = await figure(page, 'Nœuds');
	expect(nodes).toBeGreaterThan(20);
	expect(await figure(page, 'Modularité')).toBeGreaterThan(0);
	expect(await figure(page, 'Communautés')).toBeGreaterThan(1);
	await expect(page.getByRole('img', { name: /^Nombre de nœuds par degré/ })).toBeVisible();

	// The ranking shows the first 25, all on request: IPARLA's partners are there.
	const table = page.getByRole('table');
	await expect(table.locator('tbody tr')).toHaveCount(25);
	await page.getByRole('button', { name: `Afficher les ${nodes} nœuds` }).click();
	await expect(table.locator('tbody tr')).toHaveCount(nodes);
	await expect(table.getByRole('link', { name: 'SOKOA', exact: true })).toBeVisible();
	// Sorting by betweenness puts the bridges on top.
	await table.getByRole('button', { name: /^Intermédiarité/ }).click();
	await expect(table.getByRole('columnheader', { name: /^Intermédiarité/ })).toHaveAttribute('aria-sort', 'descending');
	const betweenness = await column(page, 6);
	expect(betweenness).toEqual([...betweenness].sort((a, b) => b - a));
	expect(betweenness[0]).toBeGreaterThan(0);
	await table.getByRole('button', { name: /^Intermédiarité/ }).click();
	await expect(table.getByRole('columnheader', { name: /^Intermédiarité/ })).toHaveAttribute('aria-sort', 'ascending');
	await table.getByRole('button', { name: /^PageRank/ }).click();

	// Communities, coloured in the graph, each with a way into the explorer.
	await drawn(page);
	const legend = page.getByRole('list').filter({ hasText: 'Communauté 1' });
	await expect(legend.getByRole('link', { name: 'Ouvrir dans l’explorateur — Communauté 1', exact: true })).toHaveAttribute(
		'href',
		/\/explorer\?vue=/
	);
	await page.screenshot({ path: 'test-results/screenshots/analyse-acteurs.png', fullPage: true });

	expect(await seriousViolations(page)).toEqual([]);

	// A community opens in the explorer, with the projects that link its members.
	await legend.getByRole('link', { name: 'Ouvrir dans l’explorateur — Communauté 1', exact: true }).click();
	await expect(page).toHaveURL(/\/explorer\?vue=/);
	await expect(page.getByText(/^Nœuds\s*:\s*\d+ sur \d+/)).toBeVisible();
});

test('territories sharing clusters, then actors of Normandie only, chosen in the form', async ({ page }) => {
	await page.setViewportSize({ width: 1366, height: 900 });
	await page.goto('/analyse');
	await page.getByLabel('Réseau', { exact: true }).selectOption('territories-sharing-clusters');
	await page.getByRole('button', { name: 'Calculer' }).click();
	await expect(page).toHaveURL(/projection=territories-sharing-clusters/);
	// Mecanic Vallée ties both phases of Aurillac – Figeac – Rodez.
	await expect(page.getByRole('table').getByRole('link', { name: /^Aurillac/ })).toHaveCount(2);
	await drawn(page);
	await page.screenshot({ path: 'test-results/screenshots/analyse-territoires.png', fullPage: true });

	await page.getByLabel('Réseau', { exact: true }).selectOption('actors-sharing-projects');
	await page.getByLabel('Région', { exact: true }).selectOption({ label: 'Normandie' });
	await page.getByRole('button', { name: 'Calculer' }).click();
	await expect(page).toHaveURL(/region=region-28/);
	await expect(page.getByRole('table').getByRole('link', { name: 'Ampère Cléon', exact: true })).toBeVisible();
	await expect(page.getByRole('table').getByRole('link', { name: 'SOKOA', exact: true })).toHaveCount(0);
	await drawn(page);
	await page.screenshot({ path: 'test-results/screenshots/analyse-normandie.png', fullPage: true });
});

test('the page speaks English, and a bad parameter is named', async ({ page, context }) => {
	await page.goto('/analyse?projection=everything');
	await expect(page.getByRole('alert')).toContainText('projection');
	await context.addCookies([{ name: 'maillage-langue', value: 'en', domain: '127.0.0.1', path: '/' }]);
	await page.goto('/analyse?projection=actors-and-projects');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Network analysis');
	await expect(page.getByRole('table').getByRole('link', { name: 'DKarbonation', exact: true })).toBeVisible();
});

test('the whole graph downloads as GEXF with its attribution, as many nodes as the graph has', async ({ page }) => {
	await page.goto('/');
	const size = Number(((await page.getByRole('heading', { name: /^Le graphe contient/ }).textContent()) ?? '').replace(/\D/g, ''));
	await page.goto('/analyse');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'GEXF (Gephi) du graphe entier', exact: true }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/^maillage-graphe-\d{4}-\d{2}-\d{2}-\d{4}\.gexf$/);
	const gexf = await readFile((await download.path())!, 'utf8');
	expect(gexf).toContain('<gexf xmlns="http://gexf.net/1.3"');
	expect(gexf).toMatch(/<description>Maillage — données sourcées.*Licence Ouverte 2\.0\.<\/description>/);
	expect(gexf.match(/<node /g)).toHaveLength(size);
});

test('« GEXF (Gephi) » downloads the network being analysed, its measures and communities on each node', async ({ page, request }) => {
	await page.goto('/analyse?projection=territories-sharing-clusters');
	const analysed = (await (await request.get('/api/analysis?projection=territories-sharing-clusters')).json()) as {
		nodes: { id: string; pagerank: number; community: number }[];
	};
	expect(analysed.nodes.length).toBeGreaterThan(1);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'GEXF (Gephi)', exact: true }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/^maillage-reseau-territories-sharing-clusters-\d{4}-\d{2}-\d{2}-\d{4}\.gexf$/);
	const gexf = await readFile((await download.path())!, 'utf8');
	const ids = [...gexf.matchAll(/<node id="([^"]+)"/g)].map((match) => match[1]);
	expect(ids.sort()).toEqual(analysed.nodes.map((node) => node.id).sort());
	const first = analysed.nodes[0];
	const element = gexf.slice(gexf.indexOf(`<node id="${first.id}"`), gexf.indexOf('</node>', gexf.indexOf(`<node id="${first.id}"`)));
	expect(element).toContain(`<attvalue for="pagerank" value="${first.pagerank}"/>`);
	expect(element).toContain(`<attvalue for="community" value="${first.community}"/>`);
});

test('writing the measures back needs a curator, and nothing is written without one', async ({ page, request }) => {
	const written = async () => (await (await request.get('/api/entities/sokoa')).json()).entity.properties.coProjectsPagerank;
	expect(await written()).toBeUndefined();

	const anonymous = await request.post('/api/analysis/write', { data: { projection: 'actors-sharing-projects' } });
	expect(anonymous.status()).toBe(401);
	expect(anonymous.headers()['www-authenticate']).toBe('Bearer realm="maillage"');
	const wrong = await request.post('/api/analysis/write', {
		data: { projection: 'actors-sharing-projects' },
		headers: { authorization: 'Bearer mlg_not-a-token-of-any-account' }
	});
	expect(wrong.status()).toBe(401);
	expect(wrong.headers()['www-authenticate']).toContain('invalid_token');
	// The bootstrap administrator token creates accounts, and nothing else.
	const bootstrap = await request.post('/api/analysis/write', {
		data: { projection: 'actors-sharing-projects' },
		headers: { authorization: `Bearer ${E2E_ADMIN_TOKEN}` }
	});
	expect(bootstrap.status()).toBe(401);
	expect(await written()).toBeUndefined();

	// Signed out, the page says who may write; a curator writes them from the page.
	await page.goto('/analyse');
	await page.getByText('Écrire les mesures dans le graphe (curateurs)').click();
	await expect(
		page.getByRole('link', { name: 'Connectez-vous avec un compte curateur ou administrateur pour écrire les mesures.' })
	).toBeVisible();
	await signIn(page, await createTestAccount(request, 'curateur', 'Claude Curatrice'));
	await page.goto('/analyse');
	await page.getByText('Écrire les mesures dans le graphe (curateurs)').click();
	await page.getByRole('button', { name: 'Écrire les mesures' }).click();
	await expect(page.getByRole('status').filter({ hasText: /nœuds mis à jour/ })).toBeVisible();
	expect(await written()).toBeGreaterThan(0);

	// It is one changeset of the history: reverted, the measures are gone.
	await page.goto('/historique?kind=analysis');
	const change = page.locator('article.changeset').first();
	await expect(change).toContainText('mesures « actors-sharing-projects » (all)');
	await change.getByLabel('Pourquoi l’annuler ?').fill('Essai terminé.');
	await change.getByRole('button', { name: 'Annuler ce changement' }).click();
	await expect(page.getByRole('status')).toContainText('Annulé');
	expect(await written()).toBeUndefined();
});
