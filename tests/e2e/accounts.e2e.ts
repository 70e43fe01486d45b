import { expect, test } from '@playwright/test';
import { E2E_OIDC_LABEL } from '../../playwright.config';
import { seriousViolations } from './accessibility';
import { createTestAccount, signIn } from '../support/e2e-accounts';

/**
 * Accounts as people meet them: single sign-on at a real OpenID provider on loopback, an
 * administrator creating an account and raising a role, a temporary password that must be
 * changed, an API token shown once, sign-out.
 */

test('single sign-on at the OpenID provider creates a lecteur account, found again at the next sign-in', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'fr-FR' });
	const page = await context.newPage();
	await page.goto('/connexion?suite=%2Fhistorique');
	expect(await seriousViolations(page)).toEqual([]);
	await page.getByRole('link', { name: `Se connecter avec ${E2E_OIDC_LABEL}` }).click();
	// The provider's own page, on another origin.
	await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/interaction\//);
	await page.getByLabel('Identifiant').fill('dominique.exemple');
	await page.getByRole('button', { name: 'Se connecter' }).click();
	await expect(page).toHaveURL(/\/historique$/);
	await page.goto('/compte');
	await expect(page.getByText('Connecté en tant que Dominique Exemple (dominique.exemple@example.test), rôle : lecteur.')).toBeVisible();
	await expect(page.getByText('Vous vous connectez par connexion unique')).toBeVisible();
	// A lecteur may not contribute.
	expect((await page.goto('/contribuer'))?.status()).toBe(403);

	// Signed out, then in again: the provider remembers the person, and Maillage the same account.
	await page.goto('/compte');
	await page.locator('summary', { hasText: 'Dominique Exemple' }).click();
	await page.getByRole('button', { name: 'Se déconnecter' }).click();
	await expect(page.getByRole('link', { name: 'Se connecter' })).toBeVisible();
	await page.goto('/connexion');
	await page.getByRole('link', { name: `Se connecter avec ${E2E_OIDC_LABEL}` }).click();
	await expect(page).toHaveURL(/\/compte$/);
	await expect(page.getByText('rôle : lecteur')).toBeVisible();
	await context.close();
});

test('a refused or tampered single sign-on says why on the sign-in page, in French', async ({ page }) => {
	await page.goto('/connexion/sso/retour?code=inventé&state=inventé');
	await expect(page).toHaveURL(/\/connexion\?sso=state-mismatch/);
	await expect(page.getByRole('alert')).toHaveText(
		'La connexion unique a expiré ou ne correspond pas à celle commencée ici : recommencez.'
	);
	await page.goto('/connexion?sso=<script>alert(1)</script>');
	await expect(page.getByRole('alert')).toHaveCount(0);
});

test('an administrator creates an account whose temporary password must be changed, then raises its role', async ({ browser, request }) => {
	const administrator = await createTestAccount(request, 'administrateur', 'Ariane Administratrice');
	const admin = await browser.newContext({ locale: 'fr-FR' });
	const page = await admin.newPage();
	await signIn(page, administrator);
	await page.goto('/admin/comptes');
	expect(await seriousViolations(page)).toEqual([]);
	const email = `noe.nouveau.${Date.now().toString(36)}@example.test`;
	await page.getByLabel('Adresse électronique').fill(email);
	await page.getByLabel('Nom affiché').fill('Noé Nouveau');
	await page.getByLabel('Organisation (facultatif)').fill('Cluster fictif');
	await page.getByRole('button', { name: 'Créer le compte' }).click();
	await expect(page.getByRole('status').first()).toContainText(`Compte créé pour ${email}`);
	const temporary = (await page.getByTestId('temporary-password').textContent())!.trim();
	expect(temporary).toMatch(/^[A-Za-z2-9]{18}$/);

	// The new person signs in with it and must choose a password before anything else.
	const newcomer = await browser.newContext({ locale: 'fr-FR' });
	const their = await newcomer.newPage();
	await their.goto('/connexion');
	await their.getByLabel('Adresse électronique').fill(email);
	await their.getByLabel('Mot de passe').fill(temporary);
	await their.getByRole('button', { name: 'Se connecter', exact: true }).click();
	await expect(their).toHaveURL(/\/compte#mot-de-passe/);
	await expect(their.getByRole('alert')).toContainText('Votre mot de passe est provisoire');
	await their.getByLabel('Mot de passe actuel').fill(temporary);
	await their.getByLabel('Nouveau mot de passe (12 caractères au moins)').fill('un-mot-de-passe-choisi');
	await their.getByLabel('Confirmez le nouveau mot de passe').fill('un-autre-mot-de-passe');
	await their.getByRole('button', { name: 'Changer le mot de passe' }).click();
	await expect(their.getByText('ne correspond pas au nouveau mot de passe').first()).toBeVisible();
	await their.getByLabel('Mot de passe actuel').fill(temporary);
	await their.getByLabel('Nouveau mot de passe (12 caractères au moins)').fill('un-mot-de-passe-choisi');
	await their.getByLabel('Confirmez le nouveau mot de passe').fill('un-mot-de-passe-choisi');
	await their.getByRole('button', { name: 'Changer le mot de passe' }).click();
	await expect(their.getByRole('status')).toContainText('Mot de passe changé.');

	// A token for scripts, shown once: it reads, and writes with the account's role (contributeur by default).
	await their.getByLabel('Nom du jeton').fill('mon script');
	await their.getByRole('button', { name: 'Créer un jeton' }).click();
	const secret = (await their.getByTestId('token-secret').textContent())!.trim();
	expect(secret).toMatch(/^mlg_/);
	const asScript = await request.post('/api/analysis/write', {
		data: { projection: 'actors-sharing-projects' },
		headers: { authorization: `Bearer ${secret}` }
	});
	expect(asScript.status()).toBe(403);
	expect((await asScript.json()).code).toBe('forbidden');
	const before = await request.post('/api/changesets/cs-0000000000000000/publish', {
		data: {},
		headers: { authorization: `Bearer ${secret}` }
	});
	expect(before.status()).toBe(403);
	await their.reload();
	await expect(their.getByText('mon script')).toBeVisible();
	await expect(their.getByText(secret)).toHaveCount(0);

	// The administrator raises the role; the same token now passes a curator's door (and finds no such changeset).
	await page.reload();
	const row = page.locator('tr', { hasText: email });
	await row.getByRole('combobox').selectOption('curateur');
	await row.getByRole('button', { name: 'Changer le rôle' }).click();
	await expect(page.getByRole('status').first()).toContainText(`Compte ${email} mis à jour.`);
	const publish = () =>
		request.post('/api/changesets/cs-0000000000000000/publish', { data: {}, headers: { authorization: `Bearer ${secret}` } });
	expect((await publish()).status()).toBe(404);

	// Revoked, the token opens nothing any more.
	await their.getByRole('button', { name: 'Révoquer' }).click();
	await expect(their.getByRole('status')).toContainText('Jeton révoqué.');
	const revoked = await request.post('/api/entities', { data: {}, headers: { authorization: `Bearer ${secret}` } });
	expect(revoked.status()).toBe(401);
	expect(revoked.headers()['www-authenticate']).toContain('invalid_token');
	await admin.close();
	await newcomer.close();
});

test('repeated wrong passwords lock the account for a while, with the same message for unknown e-mails', async ({ page, request }) => {
	const account = await createTestAccount(request, 'contributeur', 'Pierre Patient');
	await page.goto('/connexion');
	for (let attempt = 0; attempt < 5; attempt++) {
		await page.getByLabel('Adresse électronique').fill(account.email);
		await page.getByLabel('Mot de passe').fill('pas-le-bon-mot-de-passe');
		await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
		await expect(page.getByRole('alert')).toHaveText('E-mail ou mot de passe incorrect, ou compte désactivé.');
	}
	await page.getByLabel('Mot de passe').fill(account.password);
	await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
	await expect(page.getByRole('alert')).toContainText('Trop d’échecs de connexion : ce compte est bloqué 15 min.');
	await expect(page).toHaveURL(/\/connexion/);
});
