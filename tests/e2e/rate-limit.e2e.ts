import { expect, test, type APIRequestContext } from '@playwright/test';
import { TIGHT_RATE_LIMIT } from '../../playwright.config';

/** The journeys' second server, started with tight budgets (playwright.config.ts). */
function tightServer(baseURL: string | undefined): string {
	return `http://127.0.0.1:${Number(new URL(baseURL!).port) + 1}`;
}

/**
 * One call per limited endpoint, with input it refuses (400): the budget counts every call, checked
 * before the input, so the burst is spent in milliseconds whatever the machine's load.
 */
const expensiveCalls: { name: string; call: (request: APIRequestContext, server: string) => ReturnType<APIRequestContext['get']> }[] = [
	{ name: 'partners', call: (request, server) => request.post(`${server}/api/partners`, { data: {} }) },
	{ name: 'recognise', call: (request, server) => request.post(`${server}/api/partners/recognise`, { data: {} }) },
	{ name: 'query', call: (request, server) => request.post(`${server}/api/query`, { data: {} }) },
	{ name: 'analysis', call: (request, server) => request.get(`${server}/api/analysis?projection=none`) },
	{ name: 'export', call: (request, server) => request.get(`${server}/api/export?format=none`) },
	{ name: 'views', call: (request, server) => request.post(`${server}/api/views`, { data: {} }) }
];

for (const { name, call } of expensiveCalls) {
	test(`a burst on ${name} beyond the budget gets 429 with Retry-After, and passes again after the refill`, async ({
		request,
		baseURL
	}) => {
		const server = tightServer(baseURL);
		// Each endpoint has its own budget, whole at the start: no other journey calls this server's limited endpoints.
		const statuses: number[] = [];
		let refused: Awaited<ReturnType<typeof call>> | undefined;
		for (let attempt = 0; attempt < TIGHT_RATE_LIMIT.burst + 1; attempt++) {
			const response = await call(request, server);
			statuses.push(response.status());
			if (response.status() === 429) refused = response;
		}
		const refusedInput = 400;
		expect(statuses.slice(0, TIGHT_RATE_LIMIT.burst)).toEqual(Array(TIGHT_RATE_LIMIT.burst).fill(refusedInput));
		expect(statuses.at(-1)).toBe(429);
		const retryAfter = refused!.headers()['retry-after'];
		expect(retryAfter).toMatch(/^[1-9]\d*$/);
		expect(await refused!.json()).toEqual({
			message: expect.stringMatching(/^Trop de demandes.*réessayez dans \d+ s\.$/),
			code: 'rate-limited'
		});

		// After Retry-After seconds a token is back.
		await new Promise((resolve) => setTimeout(resolve, Number(retryAfter) * 1_000 + 100));
		expect((await call(request, server)).status()).toBe(refusedInput);
	});
}

test('the saved queries share the console budget', async ({ request, baseURL }) => {
	const server = tightServer(baseURL);
	await expect(async () => expect((await request.post(`${server}/api/query`, { data: {} })).status()).toBe(429)).toPass({
		timeout: 20_000
	});
	const saved = await request.post(`${server}/api/queries/no-such-query-here`, { data: {} });
	expect(saved.status()).toBe(429);
	expect((await saved.json()).code).toBe('rate-limited');
});

test('the query console shows the rate-limit message when the budget is spent', async ({ page, baseURL }) => {
	const server = tightServer(baseURL);
	await page.goto(`${server}/requetes`);
	const run = page.getByRole('button', { name: 'Exécuter', exact: true });
	const alert = page.getByRole('alert').filter({ hasText: 'Trop de demandes' });
	// Spend the budget from the page (same address), then run from the editor at once.
	await expect(async () => {
		await page.evaluate(async (calls) => {
			const body = JSON.stringify({ cypher: 'RETURN 1 AS one' });
			const post = () => fetch('/api/query', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
			await Promise.all(Array.from({ length: calls }, post));
		}, TIGHT_RATE_LIMIT.burst + 1);
		await run.click();
		await expect(alert).toBeVisible({ timeout: 2_000 });
	}).toPass({ timeout: 30_000 });
	await expect(alert).toContainText('HTTP 429');
	await expect(alert).toContainText(/réessayez dans \d+ s/);
});

test('the partner page says when the budget is spent and when to try again', async ({ page, baseURL }) => {
	const server = tightServer(baseURL);
	await page.goto(`${server}/partenaires`);
	// A theme from the picker: the form reads no text, so only the partner budget is spent.
	await page.getByLabel('Ajouter un thème').selectOption({ label: 'Hydrogène' });
	const alert = page.getByRole('alert').filter({ hasText: 'Trop de demandes' });
	await expect(async () => {
		await page.evaluate(async (calls) => {
			const post = () => fetch('/api/partners', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
			await Promise.all(Array.from({ length: calls }, post));
		}, TIGHT_RATE_LIMIT.burst + 1);
		await page.getByRole('button', { name: 'Trouver des partenaires' }).click();
		await expect(alert).toBeVisible({ timeout: 2_000 });
	}).toPass({ timeout: 30_000 });
	await expect(alert).toHaveText(/^La recherche a échoué : Trop de demandes depuis votre adresse : réessayez dans \d+ s\.$/);
});
