import { expect, test } from '@playwright/test';

test('a person searches "cleon" without accents, opens Ecosystem Cléon 4.0 and sees who animates it', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Qui travaille avec qui');
	await page.screenshot({ path: 'test-results/screenshots/accueil.png', fullPage: true });

	await page.getByRole('searchbox').fill('cleon');
	await page.getByRole('button', { name: 'Rechercher' }).click();
	await expect(page).toHaveURL(/\?q=cleon/);
	const result = page.getByRole('link', { name: 'Ecosystem Cléon 4.0', exact: true });
	await expect(result).toBeVisible();
	await expect(page.getByRole('link', { name: 'Cléon', exact: true })).toBeVisible();
	await page.screenshot({ path: 'test-results/screenshots/recherche-cleon.png', fullPage: true });

	await result.click();
	await expect(page).toHaveURL(/\/entite\/ecosystem-cleon-4-0$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ecosystem Cléon 4.0');
	const relations = page.locator('section', { has: page.getByRole('heading', { name: /^Relations/ }) });
	await expect(relations.getByRole('heading', { name: /animé par/i })).toBeVisible();
	await expect(relations.getByRole('link', { name: 'CCI Rouen Métropole' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
	await page.screenshot({ path: 'test-results/screenshots/entite-ecosystem-cleon.png', fullPage: true });
});

test('a person sees that Tenerrdis is a pôle de compétitivité and finds it among pôles only', async ({ page }) => {
	await page.goto('/?q=tenerrdis');
	const hit = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Tenerrdis', exact: true }) });
	await expect(hit).toContainText('Pôle de compétitivité');

	await page.getByRole('combobox', { name: 'Type de cluster' }).selectOption('pole-de-competitivite');
	await page.getByRole('button', { name: 'Rechercher' }).click();
	await expect(page).toHaveURL(/clusterKind=pole-de-competitivite/);
	await expect(page.getByRole('link', { name: 'Tenerrdis', exact: true })).toBeVisible();
	await page.screenshot({ path: 'test-results/screenshots/recherche-poles.png', fullPage: true });

	await page.getByRole('combobox', { name: 'Type de cluster' }).selectOption('reseau');
	await page.getByRole('button', { name: 'Rechercher' }).click();
	await expect(page.getByRole('link', { name: 'Tenerrdis', exact: true })).toHaveCount(0);
});

test('an unknown entity answers 404 with the id in the message', async ({ page }) => {
	const response = await page.goto('/entite/nexiste-pas');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('alert')).toContainText('nexiste-pas');
});

test('the search API returns typed JSON results', async ({ request }) => {
	const response = await request.get('/api/search?q=cleon&type=Commune&limit=5');
	expect(response.status()).toBe(200);
	const body = await response.json();
	expect(body.results.map((hit: { id: string }) => hit.id)).toContain('commune-76178');
	expect(body.results.every((hit: { kind: string }) => hit.kind === 'Commune')).toBe(true);
});

test('an invalid type is refused with 400 and names the field', async ({ request }) => {
	const response = await request.get('/api/search?q=cleon&type=Startup');
	expect(response.status()).toBe(400);
	expect((await response.json()).message).toMatch(/^Paramètres invalides — champ « type » : /);
});

test('the interface switches to English and back, and remembers the choice', async ({ page }) => {
	await page.goto('/entite/ecosystem-cleon-4-0');
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(/\/entite\/ecosystem-cleon-4-0$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { name: /^Relationships/ })).toBeVisible();
	await expect(page.getByRole('heading', { name: /animated by/i })).toBeVisible();
	await page.screenshot({ path: 'test-results/screenshots/entity-english.png', fullPage: true });
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who works with whom in French industry?');
	await page.getByRole('link', { name: 'Français' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Qui travaille avec qui dans l’industrie française ?');
});

test('two territories of one name, one per phase, are told apart where names are listed', async ({ page }) => {
	await page.goto('/?q=axe+seine');
	const items = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Axe Seine', exact: true }) });
	await expect(items).toHaveCount(2);
	await expect(items.filter({ hasText: '2019-2022' })).toHaveCount(1);
	await expect(items.filter({ hasText: '2023-2027' })).toHaveCount(1);

	// The suggestions of the search box too.
	await page.goto('/explorer');
	const input = page.getByRole('combobox', { name: 'Ajouter au graphe' });
	await input.click();
	await input.pressSequentially('axe seine', { delay: 30 });
	const options = page.getByRole('option', { name: /^Axe Seine/ });
	await expect(options).toHaveCount(2);
	await expect(options.filter({ hasText: '2019-2022' })).toHaveCount(1);
	await expect(options.filter({ hasText: '2023-2027' })).toHaveCount(1);
	await page.screenshot({ path: 'test-results/screenshots/homonymes-suggestions.png' });

	// And the relations of an entity linked to both: the Métropole Rouen Normandie belongs to each.
	await page.goto('/entite/epci-200023414');
	const related = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Axe Seine', exact: true }) });
	await expect(related).toHaveCount(2);
	// On the line of the name itself, not only in the cited sources below it.
	await expect(related.locator('.line').filter({ hasText: '2019-2022' })).toHaveCount(1);
	await expect(related.locator('.line').filter({ hasText: '2023-2027' })).toHaveCount(1);
	await related.first().scrollIntoViewIfNeeded();
	await page.screenshot({ path: 'test-results/screenshots/homonymes-relations.png' });
});
