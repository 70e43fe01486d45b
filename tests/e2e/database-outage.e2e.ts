import { expect, test } from '@playwright/test';
import { startDatabase, stopDatabase } from '../../scripts/db.js';

test.skip(process.env.E2E_EXTERNAL_DATABASE === '1', 'the outage journey stops the local test database; an external one is left alone');
test.setTimeout(240_000);

test('when Neo4j stops the app answers 503 with how to start it, and recovers by itself when it is back', async ({ page, request }) => {
	await stopDatabase({ instance: 'test' });
	try {
		// An answer at all is the point: a hanging page would end at the navigation's own time-out.
		const response = await page.goto('/?q=cleon');
		expect(response?.status()).toBe(503);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Base de données indisponible');
		await expect(page.getByRole('alert')).toContainText('npm run db:start');
		await page.screenshot({ path: 'test-results/screenshots/base-indisponible.png', fullPage: true });

		const api = await request.get('/api/search?q=cleon');
		expect(api.status()).toBe(503);
		expect((await api.json()).message).toContain('npm run db:start');
		expect((await request.get('/healthz')).status()).toBe(200);
		expect((await request.get('/readyz')).status()).toBe(503);
	} finally {
		await startDatabase({ instance: 'test' });
	}
	await expect(async () => {
		const response = await page.goto('/?q=cleon');
		expect(response?.status()).toBe(200);
	}).toPass({ timeout: 60_000 });
	await expect(page.getByRole('link', { name: 'Ecosystem Cléon 4.0', exact: true })).toBeVisible();
	expect((await request.get('/readyz')).status()).toBe(200);
});
