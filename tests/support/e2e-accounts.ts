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
