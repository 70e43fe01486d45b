import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';

/** Every kind of page: each route, with and without data, and the error page. */
const PAGES = [
	'/',
	'/?q=cleon',
	'/entite/ecosystem-cleon-4-0',
	'/explorer',
	'/partenaires',
	'/requetes',
	'/analyse',
	'/a-propos',
	'/page-qui-n-existe-pas'
];
const API = ['/api/search?q=cleon', '/api/search', '/api/openapi.json', '/api/queries', '/healthz', '/api/nope'];

/** `script-src 'self' 'nonce-x'` → { 'script-src': ["'self'", "'nonce-x'"] }. */
function directives(policy: string): Record<string, string[]> {
	return Object.fromEntries(
		policy
			.split(';')
			.map((part) => part.trim().split(/\s+/))
			.filter((words) => words[0])
			.map(([name, ...values]) => [name.toLowerCase(), values])
	);
}

for (const path of PAGES) {
	test(`${path} is served with a strict Content-Security-Policy and every inline script carries its nonce`, async ({ request }) => {
		const response = await request.get(path);
		expect(response.status()).toBeLessThan(500);
		const headers = response.headers();
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
		expect(headers['x-frame-options']).toBe('DENY');

		const csp = directives(headers['content-security-policy'] ?? '');
		expect(csp['default-src']).toEqual(["'self'"]);
		expect(csp['object-src']).toEqual(["'none'"]);
		expect(csp['frame-ancestors']).toEqual(["'none'"]);
		expect(csp['base-uri']).toEqual(["'self'"]);
		const scriptSources = csp['script-src'];
		expect(scriptSources).toContain("'self'");
		for (const source of scriptSources) expect(source).toMatch(/^'(self|nonce-[A-Za-z0-9+/=]+|sha(256|384|512)-[A-Za-z0-9+/=]+)'$/);
		const nonces = scriptSources.filter((source) => source.startsWith("'nonce-")).map((source) => source.slice(7, -1));
		const hashes = scriptSources.filter((source) => source.startsWith("'sha256-")).map((source) => source.slice(8, -1));

		const html = await response.text();
		const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
		expect(scripts.length).toBeGreaterThan(0);
		for (const [, attributes, body] of scripts) {
			const src = /\bsrc="([^"]*)"/.exec(attributes)?.[1];
			if (src !== undefined) {
				// External scripts come from this site only ('self').
				expect(src.startsWith('/') || src.startsWith('./') || src.startsWith('../'), src).toBe(true);
				continue;
			}
			const nonce = /\bnonce="([^"]*)"/.exec(attributes)?.[1];
			const hash = createHash('sha256').update(body, 'utf8').digest('base64');
			expect(nonce !== undefined ? nonces.includes(nonce) : hashes.includes(hash), `inline script ${body.slice(0, 80)}`).toBe(true);
		}
	});
}

test('the API answers carry nosniff and a referrer policy too, errors included', async ({ request }) => {
	for (const path of API) {
		const response = await request.get(path);
		expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
		expect(response.headers()['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
		expect(response.headers()['content-type'], path).toContain('application/json');
	}
});

test('a wrong method on the health checks answers JSON with the security headers, like the API', async ({ request }) => {
	for (const path of ['/healthz', '/readyz']) {
		const response = await request.delete(path);
		expect(response.status(), path).toBe(405);
		expect(response.headers()['content-type'], path).toContain('application/json');
		expect(await response.json()).toMatchObject({ code: 'method-not-allowed' });
		expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
	}
});

test('TRACE, which the Fetch API refuses to carry, is answered like any method not allowed, headers included', async ({ request }) => {
	for (const path of ['/api/search?q=cleon', '/healthz', '/api/queries']) {
		const response = await request.fetch(path, { method: 'TRACE' });
		expect(response.status(), path).toBe(405);
		expect(response.headers()['allow'], path).toContain('GET');
		expect(response.headers()['content-type'], path).toContain('application/json');
		expect(await response.json()).toMatchObject({ code: 'method-not-allowed' });
		expect(response.headers()['x-frame-options'], path).toBe('DENY');
	}
	const page = await request.fetch('/explorer', { method: 'TRACE' });
	expect(page.status()).toBe(405);
	expect(page.headers()['x-content-type-options']).toBe('nosniff');
});

test('the browser reports no Content-Security-Policy violation on any page', async ({ page }) => {
	const violations: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
	});
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => console.error(`Content Security Policy: ${event.violatedDirective}`));
	});
	for (const path of PAGES.slice(0, -1)) {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
	}
	expect(violations).toEqual([]);
});
