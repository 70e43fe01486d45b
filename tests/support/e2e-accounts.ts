import { spawnSync } from 'node:child_process';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { Role } from '$lib/domain/accounts';
import { E2E_ADMIN_TOKEN } from '../../playwright.config';

/** A fictitious account of a journey: unique e-mail per run, a password the journey knows. */
export interface TestAccount {
	email: string;
	name: string;
	password: string;
	role: Role;
}

let created = 0;

/** Creates an account through the API with the bootstrap administrator token, as a deployment's first step would. */
export async function createTestAccount(request: APIRequestContext, role: Role, name: string): Promise<TestAccount> {
	const slug = name
		.toLowerCase()
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.replace(/[^a-z]+/g, '.');
	const account = { email: `${slug}.${Date.now().toString(36)}${++created}@example.test`, name, role, password: `mot-de-passe-de-${slug}` };
	const response = await request.post('/api/accounts', { data: account, headers: { authorization: `Bearer ${E2E_ADMIN_TOKEN}` } });
	expect(response.status(), await response.text()).toBe(201);
	return account;
}

/** Signs in through the sign-in page, as a person would. */
export async function signIn(page: Page, account: Pick<TestAccount, 'email' | 'password'>): Promise<void> {
	await page.goto('/connexion');
	await page.getByLabel('Adresse électronique').fill(account.email);
	await page.getByLabel('Mot de passe').fill(account.password);
	await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
	await expect(page).toHaveURL(/\/compte/);
}

/** The test graph's digest (counts and checksum of every entity and relationship), read by a separate process. */
export function graphDigest(): string {
	const result = spawnSync(process.execPath, ['scripts/run-ts.js', 'tests/support/print-graph-digest.ts'], {
		encoding: 'utf8',
		env: process.env,
		timeout: 120_000
	});
	if (result.status !== 0) throw new Error(`The graph digest failed: ${result.stderr}`);
	return result.stdout.trim().split('\n').at(-1)!;
}

/** A person of an API journey: a session (with its CSRF token) and an API token made on /compte. */
export interface ApiPerson {
	account: TestAccount;
	/** A context signed in with the person's session cookie. */
	session: APIRequestContext;
	csrf: string;
	/** An API token (`mlg_…`) made on /compte. */
	token: string;
}

/** Signs in on /connexion, reads the CSRF token on /compte, makes an API token there: what a person does. */
export async function apiSignIn(newContext: () => Promise<APIRequestContext>, account: TestAccount): Promise<ApiPerson> {
	const session = await newContext();
	// The pages' HTML, not the JSON that `use:enhance` asks for.
	const html = { accept: 'text/html' };
	const signedIn = await session.post('/connexion', { headers: html, form: { email: account.email, password: account.password } });
	expect(signedIn.status(), await signedIn.text()).toBe(200);
	expect((await session.storageState()).cookies.map((cookie) => cookie.name)).toContain('maillage_session');
	const page = await (await session.get('/compte', { headers: html })).text();
	const csrf = /name="csrf" value="([^"]+)"/.exec(page)?.[1];
	expect(csrf, 'the CSRF field of /compte').toBeTruthy();
	const made = await (await session.post('/compte?/token', { headers: html, form: { csrf: csrf!, name: 'Jeton des essais' } })).text();
	const token = /data-testid="token-secret"[^>]*>\s*(mlg_[^<\s]+)/.exec(made)?.[1];
	expect(token, 'the secret shown once on /compte').toBeTruthy();
	return { account, session, csrf: csrf!, token: token! };
}
