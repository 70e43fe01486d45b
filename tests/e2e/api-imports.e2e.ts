import { expect, test, type APIRequestContext } from '@playwright/test';
import { passesLuhn } from '../../src/lib/domain/identifiers';
import { importViewSchema, type ImportView } from '../../src/lib/domain/imports';
import { apiSignIn, createTestAccount, graphDigest, type ApiPerson } from '../support/e2e-accounts';

/**
 * The import API of the built app, as a script would use it: upload a member list, read the
 * preview, settle its rows, apply it (a proposal for a contributeur, published for a curator),
 * download the rows set aside, import the same file again (nothing changes), undo it by the
 * changeset's revert (the graph digest as before); and every refusal, in French, naming the field.
 * The organisations are fictitious; Minalogic, a pôle of the open data in Grenoble, is named to be recognised.
 */

test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

let contributor: ApiPerson;
let curator: ApiPerson;
let reader: ApiPerson;
const bearer = (person: ApiPerson) => ({ authorization: `Bearer ${person.token}` });

function withKey(digits: string): string {
	return `${digits}${[...'0123456789'].find((key) => passesLuhn(`${digits}${key}`))}`;
}
const siret = withKey(`${withKey('81234567')}0001`);
const badSiret = `${siret.slice(0, 13)}${(Number(siret[13]) + 1) % 10}`;
const run = Date.now().toString(36);

/** A small member list: a new company (twice), a known pôle, a wrong SIRET, an unknown commune. */
const memberList = [
	'Raison sociale;SIRET;Code postal;Commune;Contact',
	`Fictive Électrolyse ${run} SAS;${siret};38000;Grenoble;camille@example.test`,
	`FICTIVE ELECTROLYSE ${run};${siret};38000;Grenoble;`,
	'Minalogic;;;Grenoble;',
	`Exemple Batteries ${run};${badSiret};38100;Grenoble;`,
	`Démo Solaire ${run};;;Nullepart;`
].join('\r\n');

const file = (text = memberList, name = `adherents-${run}.csv`) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

/** A script's upload: the file as the body, the options in the query, an API token. */
async function upload(person: ApiPerson, fields: Record<string, string> = { preset: 'membres', clusterId: 'tenerrdis' }, text?: string) {
	const { name, buffer } = file(text);
	const query = new URLSearchParams({ ...fields, name, wait: 'true' });
	return person.session.post(`/api/imports?${query}`, { headers: { ...bearer(person), 'content-type': 'text/csv' }, data: buffer });
}

async function view(
	response: { json(): Promise<unknown>; status(): number; text(): Promise<string> },
	status: number
): Promise<ImportView> {
	expect(response.status(), await response.text()).toBe(status);
	return importViewSchema.parse(await response.json());
}

test.beforeAll(async ({ playwright }, testInfo) => {
	const baseURL = testInfo.project.use.baseURL!;
	const request = await playwright.request.newContext({ baseURL });
	// The site's own Origin, as a browser sends it with a form (cross-site forms without a token are refused before any route).
	const newContext = (): Promise<APIRequestContext> => playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } });
	contributor = await apiSignIn(newContext, await createTestAccount(request, 'contributeur', 'Camille Importatrice'));
	curator = await apiSignIn(newContext, await createTestAccount(request, 'curateur', 'Dominique Importateur'));
	reader = await apiSignIn(newContext, await createTestAccount(request, 'lecteur', 'Alex Lecteur'));
});

test('a contributeur’s import: a preview row by row, decisions, the rows set aside, then a proposal that writes nothing yet', async () => {
	const before = graphDigest();
	const started = await view(await upload(contributor), 202);
	expect(started.state).toBe('ready');
	expect(started.summary?.sentence).toBe(
		'2 acteurs (1 reconnu, 1 nouveau), 2 liens « membre de », 1 lien « situé à », 2 lignes écartées, 1 doublon'
	);
	const known = started.rows.find((row) => row.row === 4)!;
	expect(known.actor).toMatchObject({ outcome: 'found', id: 'minalogic', reason: 'name-and-place' });
	expect(known.place).toMatchObject({ communeId: 'commune-38185', departement: 'Isère', region: 'Auvergne-Rhône-Alpes' });

	const errors = await view(
		await contributor.session.get(`/api/imports/${started.id}?status=error`, { headers: bearer(contributor) }),
		200
	);
	expect(errors.rowCount).toBe(2);
	expect(errors.rows.map((row) => [row.row, row.problems[0].column])).toEqual([
		[5, 'SIRET'],
		[6, 'Commune']
	]);

	// The wrong SIRET is fixed, the unknown commune set aside.
	const revised = await view(
		await contributor.session.patch(`/api/imports/${started.id}?wait=true`, {
			headers: bearer(contributor),
			data: { decisions: { excluded: [6], fixes: { '5': { SIRET: '' } } } }
		}),
		202
	);
	expect(revised.summary?.byStatus).toMatchObject({ ready: 3, error: 0, excluded: 1, duplicate: 1 });
	const rejected = await contributor.session.get(`/api/imports/${started.id}/rejected.csv`, { headers: bearer(contributor) });
	expect(rejected.headers()['content-type']).toContain('text/csv');
	const csv = await rejected.text();
	expect(csv.split('\r\n')[0]).toBe('\uFEFFRaison sociale;SIRET;Code postal;Commune;Contact;Ligne d’origine;Motif');
	expect(csv).toContain(`Démo Solaire ${run};;;Nullepart;;6;écartée à la relecture`);

	const applied = await view(
		await contributor.session.post(`/api/imports/${started.id}/apply?wait=true`, { headers: bearer(contributor), data: {} }),
		202
	);
	expect(applied.state).toBe('applied');
	expect(applied.changeset?.status).toBe('proposed');
	expect(graphDigest()).toBe(before);
	// Another person does not see it.
	const other = await curator.session.get(`/api/imports/${started.id}`, { headers: bearer(curator) });
	expect(other.status()).toBe(404);
});

test('a curator’s import is published at once; the same file again changes nothing; the revert undoes it', async () => {
	const before = graphDigest();
	const started = await view(await upload(curator), 202);
	const applied = await view(
		await curator.session.post(`/api/imports/${started.id}/apply?wait=true`, { headers: bearer(curator), data: {} }),
		202
	);
	expect(applied.changeset?.status).toBe('published');
	const after = graphDigest();
	expect(after).not.toBe(before);
	const changeset = await (await curator.session.get(`/api/changesets/${applied.changeset!.id}`, { headers: bearer(curator) })).json();
	expect(changeset).toMatchObject({ kind: 'import', status: 'published', summary: expect.stringContaining('2 liens « membre de »') });

	const again = await view(await upload(curator), 202);
	expect(again.summary?.byStatus.ready).toBe(0);
	const nothing = await view(
		await curator.session.post(`/api/imports/${again.id}/apply?wait=true`, { headers: bearer(curator), data: {} }),
		202
	);
	expect(nothing).toMatchObject({ state: 'applied', nothingToDo: true });
	expect(nothing.changeset).toBeUndefined();
	expect(graphDigest()).toBe(after);

	const reverted = await curator.session.post(`/api/changesets/${applied.changeset!.id}/revert`, {
		headers: bearer(curator),
		data: { reason: 'Essai terminé' }
	});
	expect(reverted.status(), await reverted.text()).toBe(200);
	expect(graphDigest()).toBe(before);
});

test('refuses, in French and naming the field, what it cannot take', async ({ request }) => {
	const anonymous = await request.post('/api/imports?preset=acteurs&name=a.csv', {
		headers: { 'content-type': 'text/csv' },
		data: memberList
	});
	expect(anonymous.status()).toBe(401);
	// A multipart form from another site never reaches the API.
	const crossSite = await request.post('/api/imports', {
		headers: { origin: 'https://ailleurs.example' },
		multipart: { preset: 'acteurs', file: file() }
	});
	expect(crossSite.status()).toBe(403);
	expect((await upload(reader)).status()).toBe(403);
	const noCsrf = await contributor.session.post('/api/imports', { multipart: { preset: 'acteurs', file: file() } });
	expect(noCsrf.status()).toBe(403);
	expect((await noCsrf.json()).code).toBe('csrf-failed');

	const cases: [Record<string, string | ReturnType<typeof file>>, string][] = [
		[{ preset: 'membres', clusterId: 'tenerrdis' }, 'file'],
		[{ preset: 'membres', clusterId: 'tenerrdis', file: file('x', 'rapport.pdf') }, 'file'],
		[{ preset: 'inventaire', file: file() }, 'preset'],
		[{ preset: 'membres', file: file() }, 'clusterId'],
		[{ preset: 'membres', clusterId: 'minalogic-inconnu', file: file() }, 'clusterId'],
		[{ preset: 'membres', clusterId: 'commune-38185', file: file() }, 'clusterId'],
		[{ preset: 'acteurs', mapping: '[{', file: file() }, 'mapping'],
		[{ preset: 'acteurs', mapping: '[{"column": "Nom", "field": "actor.couleur"}]', file: file() }, 'mapping']
	];
	for (const [multipart, field] of cases) {
		const response = await contributor.session.post('/api/imports', { headers: bearer(contributor), multipart });
		expect(response.status(), JSON.stringify(multipart)).toBe(400);
		const body = await response.json();
		expect(body.code).toBe('invalid-input');
		expect(body.message).toContain(field);
	}
	const unnamed = await contributor.session.post('/api/imports?preset=acteurs', {
		headers: { ...bearer(contributor), 'content-type': 'text/csv' },
		data: memberList
	});
	expect(unnamed.status()).toBe(400);
	expect((await unnamed.json()).message).toContain('name');
	// A file without a name column is read, and each row says which column is missing.
	const nameless = await view(await upload(contributor, { preset: 'acteurs' }, 'Couleur;Taille\r\nbleu;12'), 202);
	expect(nameless.rows[0]).toMatchObject({
		status: 'error',
		problems: [{ message: expect.stringContaining('aucune colonne n’indique le nom') }]
	});
	const broken = await contributor.session.post('/api/imports?wait=true', {
		headers: bearer(contributor),
		multipart: {
			preset: 'acteurs',
			file: { name: 'faux.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('pas un classeur') }
		}
	});
	expect(await view(broken, 202)).toMatchObject({ state: 'failed', error: expect.stringContaining('classeur Excel') });
	expect((await contributor.session.get('/api/imports/imp-0000000000000000', { headers: bearer(contributor) })).status()).toBe(404);
});

test('keeps a person’s column mappings to reuse', async () => {
	const mapping = {
		name: `Adhérents ${run}`,
		preset: 'membres',
		mapping: [
			{ column: 'Raison sociale', field: 'actor.name' },
			{ column: 'Contact', field: null }
		]
	};
	const saved = await contributor.session.post('/api/import-mappings', { headers: bearer(contributor), data: mapping });
	expect(saved.status(), await saved.text()).toBe(201);
	const { id } = await saved.json();
	const mine = await (await contributor.session.get('/api/import-mappings', { headers: bearer(contributor) })).json();
	expect(mine).toContainEqual(expect.objectContaining({ id, ...mapping }));
	const theirs = await (await curator.session.get('/api/import-mappings', { headers: bearer(curator) })).json();
	expect(theirs.map((entry: { id: string }) => entry.id)).not.toContain(id);
	expect((await curator.session.delete(`/api/import-mappings/${id}`, { headers: bearer(curator) })).status()).toBe(404);
	expect((await contributor.session.delete(`/api/import-mappings/${id}`, { headers: bearer(contributor) })).status()).toBe(204);
});
