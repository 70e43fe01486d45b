import { expect, test, type Page } from '@playwright/test';

/** The numbers of the filters' summary: "Nœuds : 12 sur 40". */
async function counts(page: Page): Promise<{ nodes: number; totalNodes: number }> {
	const text = (await page.getByText(/^Nœuds\s*:/).textContent()) ?? '';
	const match = /^Nœuds\s*:\s*(\d+) sur (\d+)/.exec(text);
	if (!match) throw new Error(`No node counts in "${text}"`);
	return { nodes: Number(match[1]), totalNodes: Number(match[2]) };
}

test('a view too large for a link is saved on the server, shared by id, and reopens whole in a fresh browser', async ({
	page,
	context,
	browser,
	baseURL,
	request
}) => {
	test.setTimeout(240_000);
	// A large view: Seine-Maritime and its hundreds of neighbours (communes, EPCI, actors).
	const hood = await request.get('/api/graph/neighbourhood?id=departement-76&limit=1000');
	expect(hood.ok()).toBe(true);
	const ids: string[] = ((await hood.json()) as { nodes: { id: string }[] }).nodes.map((node) => node.id);
	expect(ids.length).toBeGreaterThan(500);

	// Saved through the API, without any token; the proxy's request id comes back.
	const state = { v: 1, nodes: ids, layout: 'concentric', sizeBy: 'degree', filters: { mode: 'fade' } };
	const created = await request.post('/api/views', { data: state, headers: { 'X-Request-Id': 'e2e-saved-view-1' } });
	expect(created.status()).toBe(201);
	expect(created.headers()['x-request-id']).toBe('e2e-saved-view-1');
	const { id, href } = (await created.json()) as { id: string; href: string };
	expect(href).toBe(`/explorer?vue-id=${id}`);
	expect(((await (await request.get(`/api/views/${id}`)).json()) as { state: unknown }).state).toEqual(state);
	const unknown = await request.get('/api/views/AAAAAAAAAAAAAAAAAAAAAA');
	expect(unknown.status()).toBe(404);
	expect(((await unknown.json()) as { message: string }).message).toContain('AAAAAAAAAAAAAAAAAAAAAA');

	// Opened by its link: every node is there, laid out as saved.
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
	await page.goto(href);
	await expect.poll(() => counts(page), { timeout: 120_000 }).toEqual({ nodes: ids.length, totalNodes: ids.length });
	await expect(page.getByLabel('Disposition')).toHaveValue('concentric');
	await expect(page.locator('.stage')).toHaveAttribute('aria-busy', 'false', { timeout: 120_000 });

	// Shared again: the encoded view is far over the inline budget, so the link names a new saved view.
	await page.getByRole('button', { name: 'Copier le lien de la vue' }).click();
	await expect(page.getByText(/^Lien copié : la vue, trop grande/)).toBeVisible({ timeout: 60_000 });
	const link = await page.evaluate(() => navigator.clipboard.readText());
	expect(link).toMatch(/\/explorer\?vue-id=[\w-]{22}$/);
	expect(link).not.toContain(id);

	// A fresh browser context (no storage, no cookies) opens it: the same nodes, the same layout.
	const fresh = await browser.newContext({ locale: 'fr-FR' });
	try {
		const other = await fresh.newPage();
		await other.goto(link);
		await expect.poll(() => counts(other), { timeout: 120_000 }).toEqual({ nodes: ids.length, totalNodes: ids.length });
		await expect(other.getByLabel('Disposition')).toHaveValue('concentric');
	} finally {
		await fresh.close();
	}
});

test('a saved-view link that names no view says so, and the explorer starts empty', async ({ page }) => {
	await page.goto('/explorer?vue-id=AAAAAAAAAAAAAAAAAAAAAA');
	await expect(page.getByText('Cette vue enregistrée n’existe pas (ou plus)')).toBeVisible();
	await expect(page.getByText('Le graphe est vide')).toBeVisible();
});

test('saving a view refuses a malformed state naming the field, and an oversized body with 413', async ({ request }) => {
	const malformed = await request.post('/api/views', {
		data: { v: 1, nodes: 'ademe', layout: 'fcose', sizeBy: 'degree', filters: { mode: 'fade' } }
	});
	expect(malformed.status()).toBe(400);
	expect(((await malformed.json()) as { message: string }).message).toMatch(/nodes/);
	const huge = await request.post('/api/views', {
		headers: { 'content-type': 'application/json' },
		data: JSON.stringify({ v: 1, padding: 'x'.repeat(500_001) })
	});
	expect(huge.status()).toBe(413);
	expect(((await huge.json()) as { code: string }).code).toBe('too-large');
});

test('the subgraph of many ids comes by POST, where a GET would pass Node’s 16 KB header limit', async ({ request }) => {
	// Isère and Seine-Maritime with their neighbours: over a thousand ids, well past 16 KB once joined.
	const ids = new Set<string>();
	for (const department of ['departement-38', 'departement-76']) {
		const hood = await request.get(`/api/graph/neighbourhood?id=${department}&limit=1000`);
		for (const node of ((await hood.json()) as { nodes: { id: string }[] }).nodes) ids.add(node.id);
	}
	expect([...ids].join(',').length).toBeGreaterThan(16_384);
	expect((await request.get(`/api/graph/subgraph?ids=${[...ids].join(',')}`)).status()).toBe(431);
	const posted = await request.post('/api/graph/subgraph', { data: { ids: [...ids] } });
	expect(posted.status()).toBe(200);
	expect(((await posted.json()) as { nodes: unknown[] }).nodes).toHaveLength(ids.size);
});
