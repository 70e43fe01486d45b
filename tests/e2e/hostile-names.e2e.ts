import { spawnSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { HOSTILE_TEXT } from '../support/hostile-fixture';

/**
 * Names and descriptions that are HTML and script (a test fixture, added for this journey and
 * taken out after it) show as text on every page: no dialog opens, no element is injected.
 */
test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

function hostileFixture(action: 'add' | 'remove'): void {
	const result = spawnSync(process.execPath, ['scripts/run-ts.js', 'tests/support/hostile-entities.ts', action], {
		encoding: 'utf8',
		env: process.env,
		timeout: 120_000
	});
	if (result.status !== 0) throw new Error(`The hostile fixture (${action}) failed: ${result.stderr}`);
}

test.beforeAll(() => hostileFixture('add'));
test.afterAll(() => hostileFixture('remove'));

/** Fails the test on any dialog (alert(1)…) the page opens, and on any injected element. */
async function trapInjections(page: Page): Promise<string[]> {
	const dialogs: string[] = [];
	page.on('dialog', async (dialog) => {
		dialogs.push(dialog.message());
		await dialog.dismiss();
	});
	return dialogs;
}

async function expectNothingInjected(page: Page, dialogs: string[]): Promise<void> {
	expect(dialogs).toEqual([]);
	await expect(page.locator('img[src="x"], svg[onload], iframe[src^="javascript"], a[href^="javascript"], b:text("gras")')).toHaveCount(0);
	// Only the app's own scripts: each has a nonce or comes from this site; an injected one has neither.
	const foreign = await page
		.locator('script')
		.evaluateAll((scripts) =>
			(scripts as HTMLScriptElement[])
				.filter((script) => !script.nonce && !script.src.startsWith(location.origin))
				.map((script) => script.outerHTML)
		);
	expect(foreign).toEqual([]);
}

test('search results and the entity page show the names as text', async ({ page }) => {
	const dialogs = await trapInjections(page);
	await page.goto('/?q=Piegexss');
	await expect(page.getByRole('link', { name: HOSTILE_TEXT.company, exact: true })).toBeVisible();
	await expect(page.getByRole('link', { name: HOSTILE_TEXT.partner, exact: true })).toBeVisible();
	await expectNothingInjected(page, dialogs);

	await page.goto('/entite/test-xss-atelier');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOSTILE_TEXT.company);
	await expect(page.getByText(HOSTILE_TEXT.description).first()).toBeVisible();
	await expect(page.getByText(HOSTILE_TEXT.project).first()).toBeVisible();
	await expectNothingInjected(page, dialogs);
	await page.screenshot({ path: 'test-results/screenshots/hostile-entity.png', fullPage: true });
});

test('the explorer draws them and its side panel and tooltips show them as text', async ({ page }) => {
	const dialogs = await trapInjections(page);
	// `debug` puts the Cytoscape instance on window, to find where the nodes are drawn.
	await page.goto('/explorer?id=test-xss-atelier&debug');
	// The side panel opens on the entity the address names, its description and links as text.
	const panel = page.getByRole('heading', { name: HOSTILE_TEXT.company });
	await expect(panel).toBeVisible({ timeout: 30_000 });
	await expect(page.getByText(HOSTILE_TEXT.description)).toBeVisible();
	await expect(page.getByText(HOSTILE_TEXT.project, { exact: true }).filter({ visible: true })).toBeVisible();
	// Labels are drawn on the canvas; hovering each node (the explorer's hover state) injects nothing either.
	const positions = await page.waitForFunction(() => {
		const cy = (window as unknown as { __maillageCy?: { nodes(): { renderedPosition(): { x: number; y: number } }[] } }).__maillageCy;
		const box = document.querySelector('canvas')?.getBoundingClientRect();
		if (!cy || !box) return null;
		return cy.nodes().map((node) => ({ x: box.x + node.renderedPosition().x, y: box.y + node.renderedPosition().y }));
	});
	const points = (await positions.jsonValue()) as { x: number; y: number }[];
	expect(points.length).toBeGreaterThanOrEqual(3);
	for (const { x, y } of points) await page.mouse.move(x, y);
	await expectNothingInjected(page, dialogs);
	await page.screenshot({ path: 'test-results/screenshots/hostile-explorer.png', fullPage: true });
});

test('the partner finder lists them as text', async ({ page }) => {
	const dialogs = await trapInjections(page);
	const answer = await page.request.post('/api/partners', { data: { themes: ['hydrogene'], limit: 100 }, timeout: 60_000 });
	expect(answer.status()).toBe(200);
	const names = ((await answer.json()) as { candidates: { name: string }[] }).candidates.map((candidate) => candidate.name);
	expect(names).toContain(HOSTILE_TEXT.company);

	await page.goto('/partenaires');
	await page.getByLabel('Ajouter un thème').selectOption({ label: 'Hydrogène' });
	await page.getByRole('button', { name: 'Trouver des partenaires' }).click();
	await expect(page.getByRole('heading', { name: /Partenaires suggérés/ })).toBeVisible({ timeout: 60_000 });
	await expect(page.getByText(HOSTILE_TEXT.company).first()).toBeVisible({ timeout: 60_000 });
	await expectNothingInjected(page, dialogs);
	await page.screenshot({ path: 'test-results/screenshots/hostile-partners.png', fullPage: true });
});

test('the query console shows them as text in the table and the graph', async ({ page }) => {
	const dialogs = await trapInjections(page);
	await page.goto('/requetes');
	const editor = page.getByRole('textbox', { name: 'Requête Cypher' });
	await editor.click();
	await page.keyboard.press('Control+A');
	await page.keyboard.insertText(
		"MATCH (a:Company)-[r:PARTICIPATES_IN]->(p) WHERE a.id STARTS WITH 'test-xss' RETURN a.name AS name, a, r, p"
	);
	await page.getByRole('button', { name: 'Exécuter', exact: true }).click();
	await page.getByRole('tab', { name: 'Tableau' }).click();
	await expect(page.getByRole('cell', { name: HOSTILE_TEXT.company, exact: true }).first()).toBeVisible();
	await page.getByRole('tab', { name: 'Graphe' }).click();
	await expect(page.getByRole('img', { name: /^Graphe du résultat : \d+ nœuds, \d+ liens$/ })).toBeVisible();
	await expectNothingInjected(page, dialogs);
	await page.screenshot({ path: 'test-results/screenshots/hostile-console.png', fullPage: true });
});

test('the network analysis lists them as text', async ({ page }) => {
	const dialogs = await trapInjections(page);
	await page.goto('/analyse?projection=actors-sharing-projects&theme=hydrogene');
	await expect(page.getByText(HOSTILE_TEXT.company).first()).toBeVisible({ timeout: 30_000 });
	await expectNothingInjected(page, dialogs);
	await page.screenshot({ path: 'test-results/screenshots/hostile-analysis.png', fullPage: true });
});
