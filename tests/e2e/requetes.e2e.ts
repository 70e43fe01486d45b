import { expect, test, type APIResponse, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { seriousViolations } from './accessibility';

/** Replaces the editor's text, as a person selecting all and pasting would. */
async function write(page: Page, cypher: string) {
	const editor = page.getByRole('textbox', { name: 'Requête Cypher' });
	await editor.click();
	await page.keyboard.press('Control+A');
	await page.keyboard.insertText(cypher);
	await expect(editor).toContainText(cypher.split('\n')[0]);
}

async function noSeriousViolations(page: Page) {
	// Close the editor's completion popup and leave the editor, so the page holds still while axe
	// walks it (the scan also waits for the DOM to hold still: the editor highlights in idle time).
	await page.keyboard.press('Escape');
	await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
	await expect(page.locator('.cm-tooltip-autocomplete')).toHaveCount(0);
	expect(await seriousViolations(page)).toEqual([]);
}

/**
 * Enter on an open completion list. The editor ignores keys for 75 ms after the list changes, so
 * that fast typing never takes a completion by accident; a person is never that quick, a script
 * is. The pause only has a lower bound to respect: a slower machine makes it longer, not wrong.
 */
async function acceptAsAPersonWould(page: Page) {
	await page.waitForTimeout(150);
	await page.keyboard.press('Enter');
}

test('accepting a completion keeps the colon and offers only the names that match', async ({ page }) => {
	await page.goto('/requetes');
	const editor = page.getByRole('textbox', { name: 'Requête Cypher' });
	await expect(page.locator('.editor[data-ready="true"]')).toBeVisible();
	await editor.click();
	await page.keyboard.press('Control+A');
	await page.keyboard.press('Delete');
	await page.keyboard.type('MATCH (t:Terr');
	const popup = page.locator('.cm-tooltip-autocomplete');
	await expect(popup.getByRole('option')).toHaveText(['Territory']);
	await acceptAsAPersonWould(page);
	await expect(editor).toHaveText(/^MATCH \(t:Territory\)?$/);

	await page.keyboard.press('End');
	await page.keyboard.type('-[:COLL');
	await expect(popup.getByRole('option')).toHaveText(['COLLABORATES_WITH']);
	await acceptAsAPersonWould(page);
	await expect(editor).toContainText('MATCH (t:Territory)-[:COLLABORATES_WITH');
	// Enter took the completion: nothing ran.
	await expect(page.getByText(/^\d+ lignes? en \d+ ms$/)).toHaveCount(0);
});

test('a researcher writes a query, sees it as a table and a graph, exports it, runs a saved one, and a write is refused', async ({
	page
}) => {
	test.setTimeout(90_000);
	await page.setViewportSize({ width: 1366, height: 900 });
	await page.goto('/requetes');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Requêtes Cypher');
	await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Requêtes' }).isVisible();

	// Write a query and run it with Ctrl+Enter: a table of clusters and territories.
	await write(
		page,
		'MATCH (cluster:Cluster)-[link:COLLABORATES_WITH]-(territory:Territory)\nRETURN cluster.name AS cluster, territory.name AS territory, cluster AS node, link, territory AS place'
	);
	await page.keyboard.press('Control+Enter');
	const summary = page.getByText(/^\d+ lignes en \d+ ms$/);
	await expect(summary).toBeVisible();
	const table = page.getByRole('table', { name: 'Lignes du résultat' });
	await expect(table.getByRole('columnheader', { name: 'cluster' })).toBeVisible();
	// The cluster's name, and the cluster node itself, shown by its name.
	await expect(table.getByRole('cell', { name: 'Tenerrdis', exact: true })).toHaveCount(2);
	const rowCount = Number(/^(\d+)/.exec((await summary.textContent()) ?? '')?.[1]);
	expect(rowCount).toBeGreaterThan(3);

	// Sort by cluster, then the other way round.
	const clusterHeader = table.getByRole('columnheader', { name: 'cluster' });
	await clusterHeader.getByRole('button').click();
	await expect(clusterHeader).toHaveAttribute('aria-sort', 'ascending');
	const firstAscending = await table.getByRole('row').nth(1).getByRole('cell').first().textContent();
	await clusterHeader.getByRole('button').click();
	await expect(clusterHeader).toHaveAttribute('aria-sort', 'descending');
	expect(await table.getByRole('row').nth(1).getByRole('cell').first().textContent()).not.toBe(firstAscending);
	await page.screenshot({ path: 'test-results/screenshots/requetes-table.png', fullPage: true });

	// The same result as a graph, in the explorer's visual language, and a link to open it there.
	await page.getByRole('tab', { name: 'Graphe' }).click();
	const graph = page.getByRole('img', { name: /^Graphe du résultat : \d+ nœuds, \d+ liens$/ });
	await expect(graph).toBeVisible();
	await expect(graph.locator('canvas').first()).toBeVisible();
	await expect(page.getByRole('link', { name: 'Ouvrir dans l’explorateur' })).toHaveAttribute('href', /^\/explorer\?vue=[\w-]+$/);
	await page.waitForTimeout(800);
	await page.screenshot({ path: 'test-results/screenshots/requetes-graph.png', fullPage: true });

	// Export the rows as CSV: a header, then one line per row.
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter en CSV' }).click()]);
	expect(download.suggestedFilename()).toMatch(/^maillage-requete-.*\.csv$/);
	const csv = await readFile(await download.path(), 'utf8');
	const lines = csv
		.replace(/^\uFEFF/, '')
		.trim()
		.split('\r\n');
	expect(lines[0]).toBe('cluster,territory,node,link,place');
	expect(lines).toHaveLength(rowCount + 1);
	expect(csv).toContain('tenerrdis');

	// A saved query, run from the form its parameters make.
	await page.getByRole('button', { name: 'Intercommunalités d’un territoire et leur population' }).click();
	const form = page.getByRole('form', { name: /^Paramètres de « Intercommunalités/ });
	await expect(form.getByText('ti-2023-2027-2802')).toBeVisible();
	await form.getByRole('button', { name: 'Exécuter cette requête' }).click();
	await expect(page.getByRole('heading', { name: 'Résultat de : Intercommunalités d’un territoire et leur population' })).toBeVisible();
	await page.getByRole('tab', { name: 'Tableau' }).click();
	await expect(page.getByRole('cell', { name: 'Métropole Rouen Normandie', exact: true }).first()).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Requête Cypher' })).toContainText('$territory');
	await page.screenshot({ path: 'test-results/screenshots/requetes-saved.png', fullPage: true });

	// A write is refused by the server, with the reason.
	await write(page, 'MATCH (n:Cluster) DETACH DELETE n');
	await page.getByRole('button', { name: 'Exécuter', exact: true }).click();
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('Requête refusée');
	await expect(alert).toContainText('DETACH DELETE modifierait le graphe');
	await expect(alert).toContainText('HTTP 403');
	await expect(page.getByRole('table', { name: 'Lignes du résultat' })).toHaveCount(0);
	await page.screenshot({ path: 'test-results/screenshots/requetes-refused.png', fullPage: true });

	// Everything ran is in the history, the latest first.
	const history = page.getByRole('region', { name: 'Historique' }).getByRole('listitem');
	await expect(history).toHaveCount(3);
	await expect(history.first()).toContainText('DETACH DELETE');

	await noSeriousViolations(page);
});

test('the graph is untouched after the refused write: the clusters are all still there', async ({ request }) => {
	const response = await request.post('/api/query', { data: { cypher: 'MATCH (n:Cluster) RETURN count(n) AS clusters' } });
	expect(response.status()).toBe(200);
	const body = await response.json();
	expect(body.rows[0].clusters).toBeGreaterThan(5);
	const refused = await request.post('/api/query', { data: { cypher: 'CALL dbms.listConfig()' } });
	expect(refused.status()).toBe(403);
	expect(await refused.json()).toMatchObject({ code: 'query-refused', reason: 'procedure', subject: 'dbms.listConfig' });
});

test('a client gets two queries at once: a third answers 429 at once, the runaway ones 504 at the time-out', async ({ request }) => {
	test.setTimeout(60_000);
	const runaway = { cypher: 'MATCH (a), (b), (c), (d) WHERE a.name < b.name AND c.name < d.name RETURN count(*) AS n' };
	const first = request.post('/api/query', { data: runaway });
	const second = request.post('/api/query', { data: runaway });
	// The third knocks until the first two are in, however long they take to get there: a fixed
	// pause lost that race on a slow machine. They run for 10 s, so the knocks have time.
	let third: APIResponse | undefined;
	await expect(async () => {
		third = await request.post('/api/query', { data: { cypher: 'RETURN 1 AS one' } });
		expect(third.status()).toBe(429);
	}).toPass({ timeout: 8_000, intervals: [100] });
	if (!third) throw new Error('no third answer');
	expect(third.headers()['retry-after']).toBe('1');
	expect(await third.json()).toMatchObject({ code: 'too-many-queries' });
	for (const response of await Promise.all([first, second])) {
		expect(response.status()).toBe(504);
		expect(await response.json()).toMatchObject({ code: 'query-timeout', message: expect.stringMatching(/^La requête a dépassé 10 s/) });
	}
	const after = await request.post('/api/query', { data: { cypher: 'RETURN 1 AS one' } });
	expect(await after.json()).toMatchObject({ rows: [{ one: 1 }] });
});

test('the console speaks English too, refusals included', async ({ page }) => {
	await page.goto('/langue?l=en&retour=%2Frequetes');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cypher queries');
	const editor = page.getByRole('textbox', { name: 'Cypher query' });
	await editor.click();
	await page.keyboard.press('Control+A');
	await page.keyboard.insertText("CALL db.createLabel('Hack')");
	await page.keyboard.press('Control+Enter');
	await expect(page.getByRole('alert')).toContainText('Query refused');
	await expect(page.getByRole('alert')).toContainText('The procedure db.createLabel is not allowed.');
	await expect(page.getByRole('button', { name: 'EPCIs of a territory and their population' })).toBeVisible();
});

test('an entity parameter is found by name, not typed as an id: « Auvergne-Rhône-Alpes » gives its territories', async ({ page }) => {
	await page.setViewportSize({ width: 1366, height: 900 });
	await page.goto('/requetes');
	await page.getByRole('button', { name: 'Territoires d’industrie d’une région' }).click();
	const form = page.getByRole('form', { name: /^Paramètres de « Territoires d’industrie d’une région/ });
	await form.getByRole('button', { name: 'Changer' }).click();
	const box = form.getByRole('combobox', { name: /Région/ });
	await box.click();
	await box.pressSequentially('auvergne-rhone', { delay: 30 });
	await page
		.getByRole('option', { name: /^Auvergne-Rhône-Alpes/ })
		.first()
		.click();
	await expect(form.getByText('region-84')).toBeVisible();
	await expect(form.getByText('Auvergne-Rhône-Alpes', { exact: true })).toBeVisible();
	await form.getByRole('button', { name: 'Exécuter cette requête' }).click();
	const summary = page.getByText(/^\d+ lignes? en \d+ ms$/);
	await expect(summary).toBeVisible();
	expect(Number(/^(\d+)/.exec((await summary.textContent()) ?? '')?.[1])).toBeGreaterThan(0);
	await page.screenshot({ path: 'test-results/screenshots/requetes-entity-parameter.png', fullPage: true });
});
