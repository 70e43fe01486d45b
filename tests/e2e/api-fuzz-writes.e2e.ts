import path from 'node:path';
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import fc from 'fast-check';
import { createServer, createServerModuleRunner, type Plugin } from 'vite';
import { E2E_ADMIN_TOKEN } from '../../playwright.config';
import { apiSignIn as signIn, createTestAccount, type ApiPerson as Person } from '../support/e2e-accounts';
import { roles } from '../../src/lib/domain/accounts';
import { analysisWriteRequestSchema, projections } from '../../src/lib/domain/analysis';
import { apiErrorSchema } from '../../src/lib/domain/api-error';
import { contributedKinds, contributedRelationshipTypes } from '../../src/lib/domain/contributions';
import { clusterKinds, linkStatuses, participationRoles } from '../../src/lib/domain/model';

/** The suite's seed: any number would do; this one passes today, and each run is the same. */
const FIXED_SEED = 20_261_213;

/**
 * Property-based fuzzing of the WRITE endpoints of the built app, as api-fuzz.e2e.ts does for the
 * reads: whatever the request (any JSON, wrong types, huge or odd text, missing fields, unknown
 * ids, a bad SIREN, a stale version, a changeset in the wrong state, the wrong method or the wrong
 * credentials), the answer is never a 5xx; a refusal is `{message, code}` in French, naming the
 * field when it is a 400; and a refused request leaves everything as it was: the graph (its
 * digest), the changesets, the accounts, the saved view. A contributeur's accepted request is a
 * proposal and leaves the graph as it was too. One round trip (proposed, published, reverted)
 * proves the endpoints still write, so that refusing everything could not pass.
 *
 * Fixed seed, as api-fuzz.e2e.ts: `FUZZ_SEED=random` draws one, `FUZZ_SEED=<seed>` replays one,
 * `FUZZ_RUNS` changes the number of cases per endpoint.
 */
const SEED = process.env.FUZZ_SEED === 'random' ? Math.floor(Math.random() * 2 ** 31) : Number(process.env.FUZZ_SEED ?? FIXED_SEED);
/** Cases per endpoint: each is followed by a digest of the whole graph, so the file stays near a minute. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);

test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);

// ---------------------------------------------------------------- the test graph and the people

/** Entities of the test fixture (seed/documents/cleon-4-0-bilan.yaml), checked to exist before anything else. */
const SOURCE = 'cleon-4-0-bilan';
const CLUSTER = 'ecosystem-cleon-4-0';
const COMPANY = 'enedis';
const PLACE = 'commune-13001';
const KNOWN_IDS = [SOURCE, CLUSTER, COMPANY, PLACE];

let contributor: Person;
let curator: Person;

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const ADMIN = bearer(E2E_ADMIN_TOKEN);

/** A valid new entity: a company in a commune, cited from a source of the fixture. */
const VALID_ENTITY = {
	kind: 'Company',
	name: 'Société fictive des essais',
	siren: '732829320',
	place: PLACE,
	citation: { sourceId: SOURCE, excerpt: 'Un passage fictif, pour les essais.' }
};
const VALID_RELATIONSHIP = {
	type: 'COLLABORATES_WITH',
	from: COMPANY,
	to: CLUSTER,
	citation: { sourceId: SOURCE, section: 'Essais', excerpt: 'Une collaboration fictive, pour les essais.' }
};

/** Changesets made on purpose, in each state: the curator endpoints must refuse every action on them. */
const changesets = { rejected: '', published: '', revert: '', pending: '' };
/** A saved view of the curator: the contributeur may not delete it. */
let viewId = '';

// ---------------------------------------------------------------- the graph digest, in this process

/**
 * The graph's digest, as tests/support/print-graph-digest.ts prints it, computed here through
 * Vite's module runner as scripts/run-ts.js does: the script costs some 3 s a call (a new Vite each
 * time), this about 0.2 s, so that every fuzzed request can be followed by one.
 */
async function openGraphDigest() {
	const root = process.cwd();
	const envModule = '\0env-dynamic-private';
	const environment: Plugin = {
		name: 'maillage-env-dynamic-private',
		resolveId: (id) => (id === '$env/dynamic/private' ? envModule : undefined),
		load: (id) => (id === envModule ? 'export const env = process.env;' : undefined)
	};
	const server = await createServer({
		root,
		configFile: false,
		logLevel: 'warn',
		appType: 'custom',
		server: { middlewareMode: true, hmr: false, ws: false, watch: null },
		resolve: { alias: { $lib: path.join(root, 'src/lib') } },
		plugins: [environment],
		optimizeDeps: { noDiscovery: true, include: [] }
	});
	const runner = createServerModuleRunner(server.environments.ssr, { hmr: false });
	const load = <T>(file: string) => runner.import(path.join(root, file)) as Promise<T>;
	const { digestGraph } = await load<typeof import('../../src/lib/server/db/graph-digest')>('src/lib/server/db/graph-digest.ts');
	const { connect } = await load<typeof import('../../src/lib/server/db/neo4j')>('src/lib/server/db/neo4j.ts');
	const settings = await load<typeof import('../../src/lib/server/db/settings')>('src/lib/server/db/settings.ts');
	const database = connect(settings.readDatabaseSettings(settings.testDatabaseEnvironment(process.env)));
	return {
		digest: async () => JSON.stringify(await digestGraph(database)),
		close: async () => {
			await database.close();
			await runner.close();
			await server.close();
		}
	};
}
let graph: Awaited<ReturnType<typeof openGraphDigest>>;

/** Everything a refused request must leave as it was. */
interface Snapshot {
	digest: string;
	/** Every changeset as `id status revertedBy`, as the curator lists them. */
	changesets: string[];
	/** Every account as `id role active`, as the bootstrap token lists them. */
	accounts: string[];
	/** The saved view's status: 200 while it exists. */
	view: number;
}

async function snapshot(request: APIRequestContext): Promise<Snapshot> {
	const [digest, listed, accounts, view] = await Promise.all([
		graph.digest(),
		request.get('/api/changesets?limit=500', { headers: bearer(curator.token) }).then(async (response) => {
			expect(response.status()).toBe(200);
			return ((await response.json()) as { changesets: { id: string; status: string; revertedBy?: string }[] }).changesets;
		}),
		request.get('/api/accounts', { headers: ADMIN }).then(async (response) => {
			expect(response.status()).toBe(200);
			const list = (await response.json()) as { accounts: { account: { id: string; role: string; active: boolean } }[] };
			return list.accounts.map(({ account }) => `${account.id} ${account.role} ${account.active}`).sort();
		}),
		viewId ? request.get(`/api/views/${viewId}`).then((response) => response.status()) : Promise.resolve(0)
	]);
	// Past 500 the list would be cut, and a new changeset could hide behind the limit.
	expect(listed.length).toBeLessThan(500);
	return { digest, changesets: listed.map((c) => `${c.id} ${c.status} ${c.revertedBy ?? ''}`).sort(), accounts, view };
}

/** The state after the last case: the next one is compared with it. */
let state: Snapshot;
let digestAtStart: string;

test.beforeAll(async ({ playwright }, testInfo) => {
	console.log(`Write API fuzzing: seed ${SEED}, ${RUNS} cases per endpoint (FUZZ_SEED, FUZZ_RUNS to change them)`);
	const baseURL = testInfo.project.use.baseURL!;
	const request = await playwright.request.newContext({ baseURL });
	try {
		for (const id of KNOWN_IDS) expect((await request.get(`/api/entities/${id}`)).status(), id).toBe(200);
		// The pages' HTML, not the JSON that `use:enhance` asks for; the site's own Origin, as a browser sends it.
		const newContext = () => playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL, accept: 'text/html' } });
		contributor = await signIn(newContext, await createTestAccount(request, 'contributeur', 'Camille Fictive'));
		curator = await signIn(newContext, await createTestAccount(request, 'curateur', 'Dominique Fictif'));
		graph = await openGraphDigest();
		digestAtStart = await graph.digest();

		// A proposal rejected, one left pending: each refuses what its state does not allow.
		const propose = async (name: string) => {
			const response = await request.post('/api/entities', { headers: bearer(contributor.token), data: { ...VALID_ENTITY, name } });
			expect(response.status(), await response.text()).toBe(202);
			return ((await response.json()) as { id: string }).id;
		};
		changesets.rejected = await propose('Entreprise fictive refusée');
		const rejected = await request.post(`/api/changesets/${changesets.rejected}/reject`, {
			headers: bearer(curator.token),
			data: { note: 'Source insuffisante (essai).' }
		});
		expect(rejected.status(), await rejected.text()).toBe(200);
		changesets.pending = await propose('Entreprise fictive en attente');

		const saved = await request.post('/api/views', {
			headers: bearer(curator.token),
			data: { v: 1, nodes: [CLUSTER, COMPANY], layout: 'concentric', sizeBy: 'degree', filters: { mode: 'fade' } }
		});
		expect(saved.status(), await saved.text()).toBe(201);
		viewId = ((await saved.json()) as { id: string }).id;
		expect(await graph.digest(), 'proposals and views leave the graph as it was').toBe(digestAtStart);
	} finally {
		await request.dispose();
	}
});

test.afterAll(async () => {
	await contributor?.session.dispose();
	await curator?.session.dispose();
	await graph?.close();
});

// ---------------------------------------------------------------- the round trip that must succeed

test('a contributeur’s proposal leaves the graph as it was; published it changes it, and its revert brings it back', async ({
	request
}) => {
	const proposed = await request.post('/api/entities', {
		headers: bearer(contributor.token),
		data: {
			...VALID_ENTITY,
			citation: { newSource: { title: 'Rapport fictif des essais', date: '2025-03' }, excerpt: 'Un passage fictif.' }
		}
	});
	expect(proposed.status(), await proposed.text()).toBe(202);
	const proposal = (await proposed.json()) as { id: string; status: string; operations: { op: string; id?: string }[] };
	expect(proposal.status).toBe('proposed');
	expect(await graph.digest()).toBe(digestAtStart);

	const published = await request.post(`/api/changesets/${proposal.id}/publish`, {
		headers: bearer(curator.token),
		data: { note: 'Vérifié (essai).' }
	});
	expect(published.status(), await published.text()).toBe(200);
	const withEntity = JSON.parse(await graph.digest()) as { entities: number; relationships: number };
	const start = JSON.parse(digestAtStart) as { entities: number; relationships: number };
	// The company and its new source, and the company's LOCATED_IN link to its commune.
	expect(withEntity).toMatchObject({ entities: start.entities + 2, relationships: start.relationships + 1 });
	const createdIds = proposal.operations.filter((operation) => operation.op === 'create-entity').map((operation) => operation.id!);
	for (const id of createdIds) expect((await request.get(`/api/entities/${id}`)).status()).toBe(200);

	const reverted = await request.post(`/api/changesets/${proposal.id}/revert`, {
		headers: bearer(curator.token),
		data: { reason: 'Essai terminé.' }
	});
	expect(reverted.status(), await reverted.text()).toBe(200);
	expect(await graph.digest()).toBe(digestAtStart);
	for (const id of createdIds) expect((await request.get(`/api/entities/${id}`)).status()).toBe(404);
	changesets.published = proposal.id;
	changesets.revert = ((await reverted.json()) as { id: string }).id;
	state = await snapshot(request);
});

// ---------------------------------------------------------------- generated input

const INJECTIONS = [
	"' OR 1=1 --",
	'}) MATCH (n) DETACH DELETE n //',
	"x'}) WITH 1 AS x MATCH (n) SET n.name = 'pwned' //",
	'$param',
	'`backtick` `',
	'<script>alert(1)</script>',
	'{{7*7}}${7*7}',
	'__proto__',
	'constructor'
];
/** Characters that break naive handling: NUL, lone surrogates, RTL override, zero-width, BOM, combining. */
const ODD = ['\u0000', '\ud800', '\udfff', '\u202e', '\u200b', '\ufeff', 'e\u0301', '\u0085', '\r\n', '\t', '🦄', 'İ', ' ', ';'];
const oddText = fc.array(fc.constantFrom(...ODD, 'a', '-', '1'), { maxLength: 24 }).map((parts) => parts.join(''));

const shortText = fc.oneof(
	{ weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
	{ weight: 2, arbitrary: fc.constantFrom(...INJECTIONS) },
	{ weight: 2, arbitrary: oddText },
	// Past every field's longest (120 to 2 000 characters), well under the body limit.
	{ weight: 1, arbitrary: fc.integer({ min: 121, max: 3_000 }).map((length) => 'é'.repeat(length)) }
);
/** Text, sometimes huge: 100 KB to past the server's 512 KB body limit. */
const anyText = fc.oneof(
	{ weight: 12, arbitrary: shortText },
	{ weight: 1, arbitrary: fc.integer({ min: 100_000, max: 700_000 }).map((length) => 'a'.repeat(length)) }
);
const jsonScalar = fc.oneof(
	anyText,
	fc.integer(),
	fc.double(),
	fc.boolean(),
	fc.constant(null),
	fc.constantFrom(-1, 0, 2 ** 53 + 2, 1e308)
);
const jsonValue = fc.oneof(
	{ weight: 3, arbitrary: jsonScalar },
	{ weight: 1, arbitrary: fc.array(jsonScalar, { maxLength: 4 }) },
	{ weight: 1, arbitrary: fc.dictionary(shortText, jsonScalar, { maxKeys: 3 }) }
);

const hex = (length: number) => fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: length, maxLength: length });
/** Entity ids: the fixture's (used where they do not fit), unknown ones of the right shape, anything. */
const entityId = fc.oneof(
	fc.constantFrom(...KNOWN_IDS, 'region-28'),
	fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,12}){0,3}$/).map((id) => `inconnu-${id}`),
	shortText
);
const badSiren = fc.oneof(
	fc.constantFrom('123456789', '12345678', '1234567890', 'abcdefghi', '732829321', '000 000 001', '٧٣٢٨٢٩٣٢٠', '7328293200000'),
	fc.stringMatching(/^\d{9}$/),
	fc.constant('732 829 320')
);
const badSiret = fc.oneof(fc.constantFrom('73282932000074', '73282932000075', '35600000000048', '1234'), fc.stringMatching(/^\d{14}$/));
const url = fc.constantFrom('https://example.test/page', 'javascript:alert(1)', 'ftp://example.test', 'example.test', 'http://', '');
const date = fc.constantFrom('2025', '2025-13', '25-01-01', '2025-02-30', '2025-1-1', '');
const year = fc.oneof(fc.integer({ min: 1700, max: 2200 }), fc.constantFrom('2020', '1e3', 'deux mille', 2020.5));
const citation = fc.record(
	{
		sourceId: fc.oneof(fc.constant(SOURCE), entityId),
		newSource: fc.record({ title: anyText, publisher: shortText, date, url }, { requiredKeys: [] }),
		section: shortText,
		excerpt: anyText
	},
	{ requiredKeys: [] }
);

/** A copy of `value` with the field at the dotted `path` set to `replacement`, or removed when it is undefined. */
function withField(value: Record<string, unknown>, path: string, replacement: unknown): Record<string, unknown> {
	const copy = structuredClone(value);
	const keys = path.split('.');
	let target = copy;
	for (const key of keys.slice(0, -1)) {
		if (typeof target[key] !== 'object' || target[key] === null || Array.isArray(target[key])) target[key] = {};
		target = target[key] as Record<string, unknown>;
	}
	if (replacement === undefined) delete target[keys.at(-1)!];
	else target[keys.at(-1)!] = replacement;
	return copy;
}

/**
 * A request body for an endpoint: mostly a valid body with one to three fields wrong, left out or
 * replaced by another valid value (so that fuzzing reaches the checks past the schema), else an
 * object of the endpoint's fields with any values, any JSON, or text that is not JSON at all.
 */
function bodyOf(valid: Record<string, unknown>, fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<string> {
	const change = fc.oneof(
		...Object.entries(fields).map(([field, typed]) =>
			fc.tuple(fc.constant(field), fc.option(fc.oneof(typed, jsonValue), { nil: undefined, freq: 6 }))
		)
	);
	const nearValid = fc
		.array(change, { minLength: 1, maxLength: 3 })
		.map((changes) => changes.reduce((body, [field, value]) => withField(body, field, value), valid));
	const topLevel = Object.fromEntries(Object.entries(fields).filter(([field]) => !field.includes('.')));
	const anyFields = fc.tuple(fc.record(topLevel, { requiredKeys: [] }), fc.dictionary(shortText, jsonValue, { maxKeys: 2 }));
	return fc.oneof(
		{ weight: 5, arbitrary: nearValid.map((body) => JSON.stringify(body)) },
		{ weight: 2, arbitrary: anyFields.map(([known, extra]) => JSON.stringify({ ...extra, ...known })) },
		{ weight: 1, arbitrary: jsonValue.map((value) => JSON.stringify(value) ?? 'null') },
		{
			weight: 1,
			arbitrary: fc.constantFrom('', ' ', '{', '[]', '"', '\u0000', 'NaN', '{"name":"a"}{}', '{"__proto__":{"role":"administrateur"}}')
		}
	);
}

/**
 * Content types of a JSON API call. Not the form types (text/plain, urlencoded, multipart): their
 * origin check before the app has a test of its own (the last but one).
 */
const contentType = fc.constantFrom(
	'application/json',
	'application/json; charset=utf-8',
	'application/xml',
	'application/octet-stream',
	undefined
);

/** A path segment that is no valid id: any text percent-encoded, or a malformed escape as is. */
const badSegment = fc.oneof(
	shortText
		.map((text) => encodeURIComponent(text.toWellFormed()))
		// Not empty, `.` or `..`: the client would resolve those to another address (`/api/views/..` is `/api/`);
		// and under Node's 16 KB header limit, past which Node answers 431 itself, before the app.
		.filter((segment) => !['', '.', '..'].includes(segment) && segment.length < 6_000),
	fc.constantFrom('%ZZ', '%', '%ED%A0%80', '%00', '..%2F..%2F', 'CS-0000000000000000', 'cs-123')
);

// ---------------------------------------------------------------- sending a case and checking what it left

interface Case {
	method: 'POST' | 'PATCH' | 'DELETE' | 'PUT' | 'GET';
	path: string;
	body?: string;
	type?: string;
	headers?: Record<string, string>;
	/** The signed-in context to send it from, for session cases; else the test's own. */
	via?: APIRequestContext;
	/** What may be accepted: a contributeur's proposal, an account; nothing else is (a 2xx fails the case). */
	accepts?: 'proposal' | 'account';
	/** The answer the case must have, when known. */
	status?: number[];
	code?: string;
	/** Shown in a failure's report (the credentials, say). */
	label?: string;
}

function shown(sent: Case): string {
	const body =
		sent.body === undefined
			? ''
			: ` ${sent.body.length > 300 ? `${sent.body.slice(0, 300)}… (${sent.body.length} characters)` : sent.body}`;
	return `${sent.label ?? ''} ${sent.method} ${sent.path.slice(0, 200)} ${sent.type ?? ''}${body}`;
}

/** Words of an English message (SvelteKit's or zod's defaults), which must never reach a French answer. */
const ENGLISH = /\b(invalid|expected|required|received|forbidden|unauthori[sz]ed|not found|must|cannot|error|too (big|small))\b/i;
const FRENCH = /[àâçéèêëîïôùûüœ’«»]|\b(le|la|les|de|des|du|un|une|est|doit|pas|ou|au|aux|aucun|aucune|ce|cette|et|en|pour|par|sur)\b/i;
/** Signs of internals that must never reach a client. */
const LEAKS = [/\bat \S+ \(\S+:\d+:\d+\)/, /node_modules/, /Neo\.(ClientError|TransientError|DatabaseError)/, /Neo4jError/, /MATCH \(/];

/** True when the body sent is a JSON object: then a 400 can, and must, name the field at fault. */
function sentAnObject(body: string | undefined): boolean {
	if (body === undefined) return true;
	try {
		const value: unknown = JSON.parse(body);
		return typeof value === 'object' && value !== null && !Array.isArray(value);
	} catch {
		return false;
	}
}

function expectRefusal(sent: Case, status: number, text: string, headers: Record<string, string>): void {
	let body: unknown;
	try {
		body = JSON.parse(text);
	} catch {
		throw new Error(`HTTP ${status} is not JSON for ${shown(sent)}: ${text.slice(0, 300)}`);
	}
	const parsed = apiErrorSchema.safeParse(body);
	if (!parsed.success) throw new Error(`HTTP ${status} is not {message, code} for ${shown(sent)}: ${text.slice(0, 300)}`);
	const { message, code } = parsed.data;
	// What the request sent and the answer quotes back (« … ») is the client's own text, not the app's wording.
	const wording = message.replace(/«[^»]*»/g, '« »');
	if (message.trim() === '' || ENGLISH.test(wording) || !FRENCH.test(wording))
		throw new Error(`HTTP ${status} is not a French message for ${shown(sent)}: ${message.slice(0, 300)}`);
	// Unless the client sent it: a refusal may quote an unknown key, and `}) MATCH (n)…` is one of the fuzzed keys.
	for (const leak of LEAKS)
		if (leak.test(text) && !leak.test(`${sent.path} ${sent.body ?? ''}`))
			throw new Error(`The answer to ${shown(sent)} shows ${leak}: ${text.slice(0, 500)}`);
	const framework = message.startsWith('Requête invalide : l’adresse est mal formée');
	if (status === 400 && code === 'invalid-input' && !framework && sentAnObject(sent.body)) {
		const field = (body as { field?: unknown }).field;
		// `champ « x »` from a schema, `field` from a check against the graph, or zod's list of a strict body's unknown keys.
		const named =
			/champ « [^»]+ »/.test(message) || (typeof field === 'string' && message.includes(field)) || /Clés? non reconnues? : "/.test(message);
		if (!named) throw new Error(`The 400 names no field for ${shown(sent)}: ${message.slice(0, 300)}`);
	}
	if (status === 401 && !/^Bearer realm="[^"]+"/.test(headers['www-authenticate'] ?? ''))
		throw new Error(`The 401 has no WWW-Authenticate challenge for ${shown(sent)}: ${JSON.stringify(headers)}`);
	if (sent.code !== undefined && code !== sent.code)
		throw new Error(`Code ${code} instead of ${sent.code} for ${shown(sent)}: ${message.slice(0, 300)}`);
}

/** What an accepted case may have added: one proposal, or one account; and never a change to the graph. */
function expectAccepted(sent: Case, before: Snapshot, after: Snapshot): void {
	const added = (list: string[], previous: string[]) => list.filter((entry) => !previous.includes(entry));
	const expected = {
		digest: before.digest,
		view: before.view,
		accounts: sent.accepts === 'account' ? after.accounts : before.accounts,
		changesets: sent.accepts === 'proposal' ? after.changesets : before.changesets
	};
	expect(after, `accepted: ${shown(sent)}`).toEqual(expected);
	const grown = sent.accepts === 'proposal' ? added(after.changesets, before.changesets) : added(after.accounts, before.accounts);
	expect(grown, `what ${shown(sent)} added`).toHaveLength(1);
	if (sent.accepts === 'proposal') expect(grown[0]).toMatch(/^cs-[0-9a-f]{16} proposed $/);
	expect(
		before.changesets.filter((entry) => !after.changesets.includes(entry)),
		'no changeset changed'
	).toEqual([]);
}

async function attempt(request: APIRequestContext, sent: Case): Promise<void> {
	const response: APIResponse = await (sent.via ?? request).fetch(sent.path, {
		method: sent.method,
		headers: { accept: 'application/json', ...(sent.type ? { 'content-type': sent.type } : {}), ...sent.headers },
		...(sent.body !== undefined ? { data: Buffer.from(sent.body, 'utf8') } : {}),
		maxRedirects: 0,
		timeout: 30_000
	});
	const status = response.status();
	const text = await response.text();
	const code = status >= 400 ? /"code":"([a-z-]+)"/.exec(text)?.[1] : undefined;
	const outcome = code ? `${status} ${code}` : String(status);
	outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
	if (status >= 500 || status < 200 || (status >= 300 && status < 400))
		throw new Error(`HTTP ${status} for ${shown(sent)}: ${text.slice(0, 300)}`);
	if (sent.status && !sent.status.includes(status)) throw new Error(`HTTP ${status} for ${shown(sent)}: ${text.slice(0, 300)}`);
	const after = await snapshot(request);
	if (status >= 400) {
		expectRefusal(sent, status, text, response.headers());
		expect(after, `refused (${status}): ${shown(sent)}`).toEqual(state);
	} else {
		if (!sent.accepts) throw new Error(`HTTP ${status}, accepted, for ${shown(sent)}: ${text.slice(0, 300)}`);
		expectAccepted(sent, state, after);
	}
	state = after;
}

/** The seed, and a failure report short enough to read (a case may hold 700 KB of text). */
function assertOptions<T>(numRuns = RUNS): fc.Parameters<T> {
	return {
		seed: SEED,
		numRuns,
		endOnFailure: true,
		reporter: (details) => {
			if (!details.failed) return;
			const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
			throw new Error(`Property failed (seed ${details.seed}, path ${details.counterexamplePath}): ${error.slice(0, 2_000)}`);
		}
	};
}

/** How many answers of each status and code the current property had: printed, to show what the cases reached. */
const outcomes = new Map<string, number>();

async function fuzz(request: APIRequestContext, cases: fc.Arbitrary<Case>, runs = RUNS): Promise<void> {
	outcomes.clear();
	await fc.assert(
		fc.asyncProperty(cases, (sent) => attempt(request, sent)),
		assertOptions(runs)
	);
	const counts = [...outcomes].sort(([a], [b]) => a.localeCompare(b)).map(([outcome, count]) => `${outcome} ×${count}`);
	console.log(`  ${test.info().title.slice(0, 40)}…: ${counts.join(', ')}`);
}

// ---------------------------------------------------------------- the endpoints, one property each

const entityFields = {
	kind: fc.constantFrom(...contributedKinds, 'Place', 'Commune', 'Source', 'Theme', 'company', ''),
	name: anyText,
	aliases: fc.oneof(fc.array(shortText, { maxLength: 25 }), shortText),
	description: anyText,
	siren: badSiren,
	siret: badSiret,
	website: url,
	clusterKind: fc.constantFrom(...clusterKinds, 'pole', ''),
	place: entityId,
	link: fc.record({ type: fc.constantFrom(...contributedRelationshipTypes, 'OWNS'), to: entityId, role: shortText }, { requiredKeys: [] }),
	'link.to': entityId,
	'link.role': fc.constantFrom(...participationRoles, 'head', 'roi'),
	citation,
	'citation.sourceId': entityId,
	'citation.excerpt': anyText,
	'citation.newSource': fc.record({ title: anyText, date, url }, { requiredKeys: [] }),
	'citation.section': shortText,
	reason: anyText
};

test('POST /api/entities: any body from a contributeur is a proposal or a refusal, and the graph stays as it was', async ({ request }) => {
	await fuzz(
		request,
		fc.record({ body: bodyOf(VALID_ENTITY, entityFields), type: contentType }).map(({ body, type }): Case => ({
			method: 'POST',
			path: '/api/entities',
			body,
			type,
			headers: bearer(contributor.token),
			accepts: 'proposal'
		}))
	);
});

test('PATCH /api/entities/:id: wrong ids, versions and changes are refused, and the graph stays as it was', async ({ request }) => {
	const versions = new Map<string, string>();
	for (const id of KNOWN_IDS) {
		const response = await request.get(`/api/entities/${id}`);
		const { version } = (await response.json()) as { version: string };
		expect(response.headers().etag).toBe(`"${version}"`);
		versions.set(id, version);
	}
	const target = fc.oneof(
		{ weight: 4, arbitrary: fc.constantFrom(...KNOWN_IDS) },
		{ weight: 1, arbitrary: fc.stringMatching(/^[a-z0-9]{1,12}$/).map((id) => `inconnu-${id}`) },
		{ weight: 1, arbitrary: badSegment }
	);
	const cases = target.chain((id) => {
		const version = versions.get(id) ?? '0123456789abcdef';
		const valid = {
			version,
			changes: { description: 'Description fictive des essais.' },
			citation: { sourceId: SOURCE, excerpt: 'Un passage fictif, pour les essais.' }
		};
		const fields = {
			version: fc.oneof(hex(16), fc.constant(version.toUpperCase()), fc.constant(`${version}0`), shortText),
			changes: jsonValue,
			'changes.name': anyText,
			'changes.siren': badSiren,
			'changes.siret': badSiret,
			'changes.aliases': fc.array(shortText, { maxLength: 25 }),
			'changes.website': url,
			'changes.clusterKind': fc.constantFrom(...clusterKinds, 'pole'),
			'changes.id': shortText,
			'changes.description': fc.constant(undefined),
			citation,
			'citation.sourceId': entityId,
			'citation.excerpt': anyText,
			reason: anyText
		};
		const patch = (body: string, type?: string): Case => ({
			method: 'PATCH',
			path: `/api/entities/${id}`,
			body,
			type,
			headers: bearer(contributor.token),
			accepts: 'proposal'
		});
		// A version of the right shape that is not the entity's: 409 with the values now, for a known entity.
		const stale = hex(16)
			.filter((other) => other !== version)
			.map((other): Case => ({
				...patch(JSON.stringify({ ...valid, version: other })),
				...(versions.has(id) ? { status: [409], code: 'conflict' } : {})
			}));
		return fc.oneof(
			{ weight: 4, arbitrary: fc.record({ body: bodyOf(valid, fields), type: contentType }).map(({ body, type }) => patch(body, type)) },
			{ weight: 1, arbitrary: stale }
		);
	});
	await fuzz(request, cases);
	const stale = await request.patch(`/api/entities/${COMPANY}`, {
		headers: bearer(contributor.token),
		data: {
			version: '0000000000000000',
			changes: { description: 'Description fictive.' },
			citation: { sourceId: SOURCE, excerpt: 'Un passage.' }
		}
	});
	expect(stale.status()).toBe(409);
	expect(await stale.json()).toMatchObject({ code: 'conflict', current: { version: versions.get(COMPANY) } });
});

test('POST /api/relationships: any body from a contributeur is a proposal or a refusal, and the graph stays as it was', async ({
	request
}) => {
	const fields = {
		type: fc.constantFrom(...contributedRelationshipTypes, 'OWNS', 'member_of', ''),
		from: entityId,
		to: entityId,
		role: fc.constantFrom(...participationRoles, 'head', 'roi', ''),
		title: anyText,
		status: fc.constantFrom(...linkStatuses, 'actif', ''),
		amountEur: fc.oneof(fc.double(), fc.integer(), fc.constantFrom('1 000', '1e13', '-5', '0', 'NaN', '')),
		year,
		startYear: year,
		endYear: year,
		citation,
		'citation.sourceId': entityId,
		'citation.excerpt': anyText,
		'citation.section': shortText,
		reason: anyText
	};
	await fuzz(
		request,
		fc.record({ body: bodyOf(VALID_RELATIONSHIP, fields), type: contentType }).map(({ body, type }): Case => ({
			method: 'POST',
			path: '/api/relationships',
			body,
			type,
			headers: bearer(contributor.token),
			accepts: 'proposal'
		}))
	);
});

test('POST /api/changesets/:id/publish|reject|revert: a curator’s action on an unknown id or a changeset in the wrong state is refused', async ({
	request
}) => {
	// Every changeset here is past the action: the rejected one, the published and reverted one, its revert
	// (which could itself be reverted: left out of revert). The pending proposal is left out of all three.
	const done = [changesets.rejected, changesets.published, changesets.revert];
	const target = (action: string) =>
		fc.oneof(
			{ weight: 3, arbitrary: fc.constantFrom(...(action === 'revert' ? done.slice(0, 2) : done)) },
			{ weight: 2, arbitrary: hex(16).map((digits) => `cs-${digits}`) },
			{ weight: 1, arbitrary: badSegment }
		);
	const cases = fc.constantFrom('publish', 'reject', 'revert').chain((action) =>
		fc
			.record({
				id: target(action),
				body: bodyOf(action === 'revert' ? { reason: 'Essai.' } : { note: 'Essai.' }, { note: anyText, reason: anyText }),
				type: contentType
			})
			.map(({ id, body, type }): Case => ({
				method: 'POST',
				path: `/api/changesets/${id}/${action}`,
				body,
				type,
				headers: bearer(curator.token),
				status: [400, 404, 409, 413]
			}))
	);
	await fuzz(request, cases);
	for (const id of Object.values(changesets)) {
		// Each one's state is in the snapshot compared after every case; this says it in so many words.
		const response = await request.get(`/api/changesets/${id}`, { headers: bearer(curator.token) });
		expect(response.status()).toBe(200);
	}
});

test('POST /api/accounts: any body from the bootstrap token makes one account or none, and the graph stays as it was', async ({
	request
}) => {
	const valid = { email: 'nouvelle.personne@example.test', name: 'Personne Fictive', role: 'lecteur', password: 'mot-de-passe-des-essais' };
	const fields = {
		// Addresses of example.test only: an account made here must not look like a real person's.
		email: fc.oneof(
			fc.constantFrom(contributor.account.email, ` ${curator.account.email.toUpperCase()} `, 'pas-une-adresse', 'a@b', '@example.test'),
			fc.emailAddress().map((address) => `${address.split('@')[0]}@example.test`),
			fc.constant(`${'x'.repeat(250)}@example.test`)
		),
		name: anyText,
		role: fc.constantFrom(...roles, 'superadmin', 'ADMINISTRATEUR', ''),
		organisation: anyText,
		password: fc.oneof(shortText, fc.constant('x'.repeat(257)), fc.constant('court'))
	};
	await fuzz(
		request,
		fc
			.record({ body: bodyOf(valid, fields), type: contentType })
			.map(({ body, type }): Case => ({ method: 'POST', path: '/api/accounts', body, type, headers: ADMIN, accepts: 'account' }))
	);
});

test('DELETE /api/views/:id: another person’s view, an unknown or a malformed id is refused, and the view stays', async ({ request }) => {
	const cases = fc.oneof(
		// The contributeur on the curator's view: 403, and the view is still there (the snapshot reads it).
		fc.constant<Case>({
			method: 'DELETE',
			path: `/api/views/${viewId}`,
			headers: bearer(contributor.token),
			status: [403],
			code: 'forbidden'
		}),
		fc
			.record({ id: fc.stringMatching(/^[A-Za-z0-9_-]{22}$/), token: fc.constantFrom(contributor.token, curator.token) })
			.map(({ id, token }): Case => ({
				method: 'DELETE',
				path: `/api/views/${id}`,
				headers: bearer(token),
				status: [404],
				code: 'not-found'
			})),
		fc
			.record({ id: badSegment, body: fc.option(anyText, { nil: undefined }) })
			.map(({ id, body }): Case => ({ method: 'DELETE', path: `/api/views/${id}`, body, headers: bearer(curator.token), status: [400] }))
	);
	await fuzz(request, cases, Math.ceil(RUNS / 2));
});

test('POST /api/analysis/write: a curator’s invalid choice is refused before anything is written', async ({ request }) => {
	// A valid choice writes the measures (a published changeset): only the invalid ones here.
	const invalid = (body: string) => {
		try {
			return !analysisWriteRequestSchema.safeParse(JSON.parse(body)).success;
		} catch {
			return true;
		}
	};
	const bodies = fc.oneof(
		bodyOf(
			{ projection: projections[0] },
			{ projection: fc.constantFrom(...projections, 'all'), region: entityId, theme: entityId }
		).filter(invalid),
		// Valid in form, unknown to the graph: refused as well, naming the parameter.
		fc
			.record({
				projection: fc.constantFrom(...projections),
				filter: fc.oneof(
					fc.stringMatching(/^[a-z0-9]{1,10}$/).map((id) => ({ region: `region-${id}x` })),
					fc.stringMatching(/^[a-z0-9]{1,10}$/).map((id) => ({ theme: `theme-inconnu-${id}` }))
				)
			})
			.map(({ projection, filter }) => JSON.stringify({ projection, ...filter }))
	);
	await fuzz(
		request,
		fc.record({ body: bodies, type: contentType }).map(({ body, type }): Case => ({
			method: 'POST',
			path: '/api/analysis/write',
			body,
			type,
			headers: bearer(curator.token),
			status: [400, 413]
		})),
		Math.ceil(RUNS / 2)
	);
});

/** The write endpoints, each with a body it would take, and the least role it needs. */
function writeEndpoints(): {
	method: Case['method'];
	path: string;
	body: unknown;
	least: 'contributeur' | 'curateur' | 'administrateur';
}[] {
	return [
		{ method: 'POST', path: '/api/entities', body: VALID_ENTITY, least: 'contributeur' },
		{ method: 'PATCH', path: `/api/entities/${COMPANY}`, body: { version: '0123456789abcdef', changes: {} }, least: 'contributeur' },
		{ method: 'POST', path: '/api/relationships', body: VALID_RELATIONSHIP, least: 'contributeur' },
		{ method: 'POST', path: `/api/changesets/${changesets.pending}/publish`, body: { note: 'Essai.' }, least: 'curateur' },
		{ method: 'POST', path: `/api/changesets/${changesets.pending}/reject`, body: { note: 'Essai.' }, least: 'curateur' },
		{ method: 'POST', path: `/api/changesets/${changesets.published}/revert`, body: { reason: 'Essai.' }, least: 'curateur' },
		{ method: 'POST', path: '/api/analysis/write', body: { projection: projections[0] }, least: 'curateur' },
		{
			method: 'POST',
			path: '/api/accounts',
			body: { email: 'personne@example.test', name: 'Personne', password: 'mot-de-passe-des-essais' },
			least: 'administrateur'
		},
		{ method: 'DELETE', path: `/api/views/${viewId}`, body: undefined, least: 'curateur' }
	];
}

test('the wrong credentials are refused before anything else: 401 with a challenge, 403 forbidden, 403 csrf-failed', async ({
	request
}) => {
	const endpoint = fc.constantFrom(...writeEndpoints());
	const body = (valid: unknown) =>
		fc.oneof(
			{ weight: 3, arbitrary: fc.constant(valid === undefined ? undefined : JSON.stringify(valid)) },
			{ weight: 1, arbitrary: anyText }
		);
	const asciiToken = fc.string({
		unit: fc.integer({ min: 0x21, max: 0x7e }).map((code) => String.fromCharCode(code)),
		minLength: 1,
		maxLength: 60
	});
	const credentials = fc.oneof(
		fc.constant({ label: 'anonymous', headers: {}, status: 401, code: 'unauthorized' }),
		fc
			.oneof(
				hex(40).map((digits) => `mlg_${digits}`),
				asciiToken
			)
			.map((token) => ({
				label: 'unknown token',
				headers: bearer(token),
				status: 401,
				code: 'unauthorized'
			})),
		fc.constant({ label: 'bootstrap token', headers: ADMIN, status: 401, code: 'unauthorized' }),
		fc.constant({ label: 'contributeur', headers: bearer(contributor.token), status: 403, code: 'forbidden' }),
		fc.constant({ label: 'curateur', headers: bearer(curator.token), status: 403, code: 'forbidden' }),
		fc.constant({ label: 'session without CSRF token', headers: {}, session: true, status: 403, code: 'csrf-failed' }),
		fc.oneof(hex(43), asciiToken).map((csrf) => ({
			label: 'session with a wrong CSRF token',
			headers: { 'x-csrf-token': csrf },
			session: true,
			status: 403,
			code: 'csrf-failed'
		}))
	);
	const ranks = { contributeur: 1, curateur: 2, administrateur: 3 } as const;
	const cases = fc
		.record({ endpoint, credential: credentials })
		.filter(({ endpoint: { least, path }, credential: { label } }) => {
			// Only the credentials that must be refused: a role high enough would act.
			if (label === 'bootstrap token') return path !== '/api/accounts';
			if (label === 'contributeur') return ranks[least] > ranks.contributeur;
			if (label === 'curateur') return ranks[least] > ranks.curateur;
			return true;
		})
		.chain(({ endpoint: { method, path, body: valid }, credential }) =>
			fc.record({ body: body(valid), type: contentType }).map(({ body: sent, type }): Case => ({
				method,
				path,
				body: sent,
				type,
				headers: credential.headers,
				via: 'session' in credential ? contributor.session : undefined,
				status: [credential.status],
				code: credential.code,
				label: credential.label
			}))
		);
	await fuzz(request, cases);

	// The refusals of the bad tokens say so (RFC 6750), those of no token only ask for one.
	const unknown = await request.post('/api/entities', { headers: bearer(`mlg_${'0'.repeat(40)}`), data: VALID_ENTITY });
	expect(unknown.headers()['www-authenticate']).toMatch(/^Bearer realm="[^"]+", error="invalid_token"$/);
	const anonymous = await request.post('/api/entities', { data: VALID_ENTITY });
	expect(anonymous.headers()['www-authenticate']).toMatch(/^Bearer realm="[^"]+"$/);
	// With its CSRF token the same session gets past the check: the 403s above were the token's doing.
	const withToken = await contributor.session.post('/api/entities', {
		headers: { 'x-csrf-token': contributor.csrf, accept: 'application/json' },
		data: {}
	});
	expect(withToken.status()).toBe(400);
	expect(await snapshot(request)).toEqual(state);
});

test('the wrong methods are refused with 405 and the methods allowed', async ({ request }) => {
	const wrong: [Case['method'], string][] = [
		['GET', '/api/entities'],
		['PUT', '/api/entities'],
		['DELETE', '/api/entities'],
		['PUT', `/api/entities/${COMPANY}`],
		['DELETE', `/api/entities/${COMPANY}`],
		['POST', `/api/entities/${COMPANY}`],
		['GET', '/api/relationships'],
		['PATCH', '/api/relationships'],
		['DELETE', '/api/relationships'],
		['GET', `/api/changesets/${changesets.pending}/publish`],
		['PUT', `/api/changesets/${changesets.pending}/reject`],
		['DELETE', `/api/changesets/${changesets.published}/revert`],
		['DELETE', `/api/changesets/${changesets.pending}`],
		['PATCH', '/api/accounts'],
		['DELETE', '/api/accounts'],
		['POST', `/api/views/${viewId}`],
		['PUT', `/api/views/${viewId}`],
		['GET', '/api/analysis/write'],
		['DELETE', '/api/analysis/write']
	];
	const cases = fc
		.record({
			call: fc.constantFrom(...wrong),
			body: fc.option(bodyOf(VALID_ENTITY, { name: anyText }), { nil: undefined }),
			credentials: fc.constantFrom({}, ADMIN, bearer(curator.token), bearer(contributor.token))
		})
		.map(({ call: [method, path], body, credentials }): Case => ({
			method,
			path,
			body: method === 'GET' ? undefined : body,
			type: body === undefined ? undefined : 'application/json',
			headers: credentials,
			status: [405],
			code: 'method-not-allowed'
		}));
	await fuzz(request, cases, Math.ceil(RUNS / 2));
	const refused = await request.fetch('/api/relationships', { method: 'PUT', headers: bearer(curator.token) });
	expect(refused.headers().allow).toContain('POST');
});

test('a form-typed POST from another site is refused before the app, in French; with an API token it reaches the app', async ({
	request
}) => {
	// The origin check on forms (text/plain, urlencoded, multipart) of hooks.server.ts: with no token,
	// another site's Origin or none is refused 403 `csrf-failed`. Nothing is written.
	for (const origin of ['https://ailleurs.example', undefined]) {
		const response = await request.post('/api/entities', {
			headers: { 'content-type': 'text/plain', ...(origin ? { origin } : {}) },
			data: JSON.stringify(VALID_ENTITY)
		});
		expect(response.status(), origin).toBe(403);
		expect(await response.json()).toMatchObject({ code: 'csrf-failed', message: expect.stringContaining('autre site') });
	}
	// A script's token is proof that no foreign page sent it: the route reads the body, and refuses this one.
	const scripted = await request.post('/api/entities', {
		headers: { ...bearer(contributor.token), 'content-type': 'text/plain' },
		data: '{"name":'
	});
	expect(scripted.status()).toBe(400);
	expect(await scripted.json()).toMatchObject({ code: 'invalid-input' });
	expect(await snapshot(request)).toEqual(state);
});

test('the graph is exactly as it was before the fuzzing', async ({ request }) => {
	expect((await snapshot(request)).digest).toBe(digestAtStart);
});
