import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { changesetSchema } from '../../src/lib/domain/changesets';
import { documentViewSchema, proposalSchema } from '../../src/lib/domain/documents';
import { apiSignIn, createTestAccount, type ApiPerson } from '../support/e2e-accounts';

/**
 * The documents API of the built app, as a script uses it: read an invented article (known
 * entities linked, new organisations proposed), accept a proposal (a curator publishes it, a
 * contributeur proposes it), reject one, deciding twice refused; and each refusal in French,
 * naming the field. Fictivia and Exemplia are fictitious; Tenerrdis, ADEME and Grenoble are in the graph.
 */

test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

let contributor: ApiPerson;
let curator: ApiPerson;
let reader: ApiPerson;
const bearer = (person: ApiPerson) => ({ authorization: `Bearer ${person.token}` });
// In capitals: a name's words are capitalised.
const run = Date.now().toString(36).toUpperCase();

const article = [
	`Grenoble : la société Fictivia Hydrogène ${run} rejoint le pôle Tenerrdis`,
	'',
	`La société Fictivia Hydrogène ${run}, implantée à Grenoble, est devenue membre du pôle de compétitivité Tenerrdis.`,
	`Le projet « Fictibulle ${run} », porté par Fictivia Hydrogène ${run}, est financé par l'ADEME à hauteur de 1,2 million d'euros en 2026.`,
	`Le cluster Exemplia Chaleur ${run} collabore avec Fictivia Hydrogène ${run} depuis 2024.`
].join('\n');

test.beforeAll(async ({ playwright }, testInfo) => {
	const baseURL = testInfo.project.use.baseURL!;
	const request = await playwright.request.newContext({ baseURL });
	const newContext = (): Promise<APIRequestContext> => playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } });
	contributor = await apiSignIn(newContext, await createTestAccount(request, 'contributeur', 'Camille Lectrice'));
	curator = await apiSignIn(newContext, await createTestAccount(request, 'curateur', 'Dominique Relectrice'));
	reader = await apiSignIn(newContext, await createTestAccount(request, 'lecteur', 'Alex Lecteur'));
});

let documentId = '';

test('a script reads an article: known entities linked, new organisations and facts proposed with their sentence', async () => {
	const response = await contributor.session.post('/api/documents', {
		headers: bearer(contributor),
		data: { title: `Article fictif ${run}`, publisher: 'Le Journal fictif', publishedAt: '2026-11-02', text: article }
	});
	expect(response.status(), await response.text()).toBe(201);
	const body = await response.json();
	documentId = body.id;
	expect(response.headers().location).toBe(`/api/documents/${documentId}`);
	const linked = body.mentions
		.filter((mention: { entityId?: string }) => mention.entityId)
		.map((mention: { entityId: string }) => mention.entityId);
	expect(linked).toEqual(expect.arrayContaining(['tenerrdis', 'ademe', 'commune-38185']));
	expect(body.mentions.map((mention: { name: string }) => mention.name)).toContain(`Exemplia Chaleur ${run}`);
	const funding = body.proposals
		.map((proposal: unknown) => proposalSchema.parse(proposal))
		.find((proposal: { type: string }) => proposal.type === 'FUNDS');
	expect(funding).toMatchObject({
		from: { entityId: 'ademe' },
		to: { name: `Fictibulle ${run}` },
		properties: { amountEur: 1_200_000, year: 2026 }
	});
	expect(article.slice(funding.start, funding.end)).toBe(funding.evidence);

	const read = documentViewSchema.parse(await (await reader.session.get(`/api/documents/${documentId}`)).json());
	expect(read).toMatchObject({ title: `Article fictif ${run}`, publisher: 'Le Journal fictif', publishedAt: '2026-11-02', text: article });
	const list = await (await reader.session.get('/api/documents')).json();
	expect(list.find((summary: { id: string }) => summary.id === documentId)).toMatchObject({ counts: { pending: read.proposals.length } });
});

test('a curator accepts a fact (published, citing the document) and rejects another; deciding twice is refused', async () => {
	const document = documentViewSchema.parse(await (await curator.session.get(`/api/documents/${documentId}`)).json());
	const member = document.proposals.find((proposal) => proposal.type === 'MEMBER_OF')!;
	const accepted = await curator.session.post(`/api/documents/${documentId}/proposals/${member.id}`, {
		headers: bearer(curator),
		data: { action: 'accept' }
	});
	expect(accepted.status(), await accepted.text()).toBe(200);
	const { proposal, changeset } = await accepted.json();
	expect(proposal).toMatchObject({ status: 'accepted', to: { entityId: 'tenerrdis' } });
	expect(changesetSchema.parse(changeset)).toMatchObject({ status: 'published', kind: 'document', sourceId: documentId });
	const entity = await (await reader.session.get(`/api/entities/${proposal.from.entityId}`)).json();
	expect(JSON.stringify(entity)).toContain(documentId);

	const collaboration = document.proposals.find((candidate) => candidate.type === 'COLLABORATES_WITH')!;
	const rejected = await curator.session.post(`/api/documents/${documentId}/proposals/${collaboration.id}`, {
		headers: bearer(curator),
		data: { action: 'reject', reason: 'à vérifier' }
	});
	expect((await rejected.json()).proposal).toMatchObject({ status: 'rejected', note: 'à vérifier' });
	const twice = await curator.session.post(`/api/documents/${documentId}/proposals/${collaboration.id}`, {
		headers: bearer(curator),
		data: { action: 'accept' }
	});
	expect(twice.status()).toBe(409);
	expect((await twice.json()).message).toContain('déjà été traitée');
});

test('a contributeur’s acceptance is a proposal for review, edits applied', async () => {
	const document = documentViewSchema.parse(await (await contributor.session.get(`/api/documents/${documentId}`)).json());
	const funding = document.proposals.find((proposal) => proposal.type === 'FUNDS')!;
	const response = await contributor.session.post(`/api/documents/${documentId}/proposals/${funding.id}`, {
		headers: bearer(contributor),
		data: { action: 'accept', edits: { amountEur: 1_250_000 } }
	});
	expect(response.status(), await response.text()).toBe(200);
	const { proposal, changeset } = await response.json();
	expect(proposal).toMatchObject({ status: 'proposed', properties: { amountEur: 1_250_000 } });
	expect(changeset).toMatchObject({ status: 'proposed' });
});

test('refusals: who may write, and bad input named in French', async ({ playwright }, testInfo) => {
	const anonymous = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL! });
	expect((await anonymous.post('/api/documents', { data: { title: 'x', text: article } })).status()).toBe(401);
	expect((await reader.session.post('/api/documents', { headers: bearer(reader), data: { title: 'x', text: article } })).status()).toBe(
		403
	);

	const untitled = await contributor.session.post('/api/documents', { headers: bearer(contributor), data: { title: '', text: article } });
	expect(untitled.status()).toBe(400);
	expect((await untitled.json()).message).toMatch(/title.*titre est obligatoire/);
	const short = await contributor.session.post('/api/documents', {
		headers: bearer(contributor),
		data: { title: 'Court', text: 'Trop court.' }
	});
	expect(short.status()).toBe(400);
	expect(await short.json()).toMatchObject({ field: 'text', code: 'invalid-input' });
	const huge = await contributor.session.post('/api/documents', {
		headers: bearer(contributor),
		data: { title: 'Énorme', text: 'Texte fictif. '.repeat(60_000) }
	});
	expect(huge.status()).toBe(413);
	const file = (name: string) => ({
		name,
		mimeType: 'application/octet-stream',
		buffer: readFileSync(`tests/fixtures/documents/files/${name}`)
	});
	const renamed = await contributor.session.post('/api/documents', {
		headers: bearer(contributor),
		multipart: { title: 'Image', file: file('image-renommee.pdf') }
	});
	expect(renamed.status()).toBe(400);
	expect(await renamed.json()).toMatchObject({ field: 'file', message: expect.stringContaining('n’est pas un PDF') });
	const english = await contributor.session.post('/api/documents', {
		headers: bearer(contributor),
		multipart: { title: 'Report', file: file('english-report.txt') }
	});
	expect(english.status()).toBe(422);
	expect((await english.json()).message).toContain('anglais');
	const scan = await contributor.session.post('/api/documents', {
		headers: bearer(contributor),
		multipart: { title: 'Scan', file: file('scan-sans-texte.pdf') }
	});
	expect(scan.status()).toBe(400);
	expect((await scan.json()).message).toContain('ne contient pas de texte');
	// As `curl -F file=@plan.docx` sends it: a token, no cookie, no Origin header.
	const docx = await anonymous.post('/api/documents', {
		headers: bearer(contributor),
		multipart: { title: `Plan fictif ${run}`, kind: 'action-plan', file: file('plan-action-exemplia.docx') }
	});
	expect(docx.status(), await docx.text()).toBe(201);
	// A file without a title: the title the file gives itself, else its name; a text without one is refused.
	const untitledPdf = await anonymous.post('/api/documents', {
		headers: bearer(contributor),
		multipart: { file: file('rapport-exemplia.pdf') }
	});
	expect(untitledPdf.status(), await untitledPdf.text()).toBe(201);
	expect((await untitledPdf.json()).title).toBe('Rapport fictif sur le cluster Exemplia Méca');
	const untitledDocx = await anonymous.post('/api/documents', {
		headers: bearer(contributor),
		multipart: { title: '  ', file: file('plan-action-exemplia.docx') }
	});
	expect(untitledDocx.status(), await untitledDocx.text()).toBe(201);
	expect((await untitledDocx.json()).title).toBe('Plan d’action 2025 & feuille de route du cluster Exemplia Méca');
	// A file that gives no title of its own is named after the file.
	const untitledNote = await anonymous.post('/api/documents', {
		headers: bearer(contributor),
		multipart: { file: file('note-utf8-bom.txt') }
	});
	expect(untitledNote.status(), await untitledNote.text()).toBe(201);
	expect((await untitledNote.json()).title).toBe('note utf8 bom');
	const untitledText = await anonymous.post('/api/documents', { headers: bearer(contributor), multipart: { text: article } });
	expect(untitledText.status()).toBe(400);
	expect(JSON.stringify(await untitledText.json())).toContain('title');
	const unknown = await reader.session.get('/api/documents/doc-inconnu-000000');
	expect(unknown.status()).toBe(404);
	const malformed = await reader.session.get('/api/documents/pas-un-document');
	expect(malformed.status()).toBe(400);
});
