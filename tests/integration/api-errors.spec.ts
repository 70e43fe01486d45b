import { isHttpError } from '@sveltejs/kit';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { apiErrorCodes } from '$lib/domain/api-error';
import { SAVED_VIEW_MAX_CHARS } from '$lib/domain/saved-view';

// The write route reads its administrator token from here; each case sets it as it needs.
const environment = vi.hoisted(() => ({ ...process.env }) as Record<string, string | undefined>);
vi.mock('$env/dynamic/private', () => ({ env: environment }));

// The routes read the app's database: here, the test one.
vi.mock('$lib/server/db/database', async () => {
	const { connectTestDatabase } = await import('./database');
	const shared = connectTestDatabase();
	return { database: () => shared, databaseAs: () => shared, closeDatabase: () => shared.close() };
});
const entity = await import('../../src/routes/api/entities/[id]/+server');
const neighbourhood = await import('../../src/routes/api/graph/neighbourhood/+server');
const paths = await import('../../src/routes/api/graph/paths/+server');
const subgraph = await import('../../src/routes/api/graph/subgraph/+server');
const search = await import('../../src/routes/api/search/+server');
const query = await import('../../src/routes/api/query/+server');
const analysis = await import('../../src/routes/api/analysis/+server');
const analysisWrite = await import('../../src/routes/api/analysis/write/+server');
const views = await import('../../src/routes/api/views/+server');
const savedView = await import('../../src/routes/api/views/[id]/+server');
const savedQuery = await import('../../src/routes/api/queries/[id]/+server');
const exporting = await import('../../src/routes/api/export/+server');

afterAll(async () => (await import('$lib/server/db/database')).closeDatabase());

let calls = 0;

/** Calls a handler as SvelteKit would; the status and JSON body, errors included. */
async function call(
	handler: (event: never) => Response | Promise<Response>,
	path: string,
	init: { params?: Record<string, string>; body?: unknown; text?: string; client?: string; headers?: Record<string, string> } = {}
): Promise<{ status: number; body: { message: string; code: string } & Record<string, unknown> }> {
	const url = new URL(`http://localhost${path}`);
	const text = init.text ?? (init.body === undefined ? undefined : JSON.stringify(init.body));
	const request = new Request(url, text === undefined ? { headers: init.headers } : { method: 'POST', body: text, headers: init.headers });
	const client = init.client ?? `198.51.100.${++calls % 250}`;
	try {
		const response = await handler({
			url,
			request,
			params: init.params ?? {},
			locals: { locale: 'fr' },
			getClientAddress: () => client
		} as never);
		return { status: response.status, body: await response.json() };
	} catch (caught) {
		if (isHttpError(caught)) return { status: caught.status, body: caught.body as never };
		throw caught;
	}
}

/** A view the API accepts, for the cases that break one thing in it. */
const VIEW = { v: 1, nodes: ['ademe'], layout: 'fcose', sizeBy: 'degree', filters: { mode: 'fade' } };

const ADMIN_TOKEN = 'jeton-de-test-'.padEnd(40, '0');

/** Runs `request` with this administrator token configured on the server (none for undefined). */
async function withToken<T>(token: string | undefined, request: () => Promise<T>): Promise<T> {
	const before = environment.MAILLAGE_ADMIN_TOKEN;
	environment.MAILLAGE_ADMIN_TOKEN = token;
	try {
		return await request();
	} finally {
		environment.MAILLAGE_ADMIN_TOKEN = before;
	}
}

/** Calls a rate-limited endpoint from one client until it refuses; its refusal. */
async function untilRefused(handler: Parameters<typeof call>[0], path: string): ReturnType<typeof call> {
	for (let attempt = 0; attempt < 100; attempt++) {
		const answered = await call(handler, path, { client: '203.0.113.9' });
		if (answered.status === 429) return answered;
	}
	throw new Error(`${path} never refused`);
}

/** English words the API once answered with. */
const ENGLISH = /\b(No entity|must be|must not|Invalid input|expected|received|is required|Too (small|big))\b/;

describe('API errors', () => {
	const cases: [string, () => ReturnType<typeof call>, number, string, RegExp][] = [
		[
			'an unknown entity',
			() => call(entity.GET, '/api/entities/nope', { params: { id: 'nope' } }),
			404,
			'not-found',
			/^Aucune entité n’a l’identifiant « nope »/
		],
		[
			'an entity id that is not a slug',
			() => call(entity.GET, '/api/entities/Nope!', { params: { id: 'Nope!' } }),
			400,
			'invalid-input',
			/^Paramètres invalides — champ « id » : doit être un identifiant/
		],
		[
			'the neighbours of an unknown entity',
			() => call(neighbourhood.GET, '/api/graph/neighbourhood?id=nope'),
			404,
			'not-found',
			/« nope »/
		],
		[
			'a path from an unknown entity',
			() => call(paths.GET, '/api/graph/paths?from=nope&to=ademe'),
			404,
			'not-found',
			/« nope » \(paramètre from\)/
		],
		[
			'a path to itself',
			() => call(paths.GET, '/api/graph/paths?from=ademe&to=ademe'),
			400,
			'invalid-input',
			/^Paramètres invalides — champ « to » : doit désigner une autre entité que from$/
		],
		[
			'a subgraph of unknown entities',
			() => call(subgraph.GET, '/api/graph/subgraph?ids=nope,rien'),
			404,
			'not-found',
			/^Aucune des entités demandées/
		],
		[
			'a search of an unknown kind',
			() => call(search.GET, '/api/search?q=cleon&type=Bogus'),
			400,
			'invalid-input',
			/^Paramètres invalides — champ « type » : /
		],
		[
			'a query without Cypher',
			() => call(query.POST, '/api/query', { body: {} }),
			400,
			'invalid-input',
			/^Paramètres invalides — champ « cypher » : la requête Cypher est obligatoire$/
		],
		[
			'a query parameter with a bad name',
			() => call(query.POST, '/api/query', { body: { cypher: 'RETURN 1', params: { '1x': 1 } } }),
			400,
			'invalid-input',
			/^Paramètres invalides — champ « params\.1x » : Clé/
		],
		[
			'an analysis of an unknown région',
			() => call(analysis.GET, '/api/analysis?region=region-00'),
			400,
			'invalid-input',
			/^Paramètres invalides — champ « region » : aucune région n’a l’identifiant « region-00 »$/
		],
		[
			'a subgraph without ids',
			() => call(subgraph.GET, '/api/graph/subgraph?ids='),
			400,
			'invalid-input',
			/^Paramètres invalides — champ « ids » : doit nommer au moins une entité$/
		],
		[
			'a body that is not JSON',
			() => call(query.POST, '/api/query', { text: '{"cypher": ' }),
			400,
			'invalid-input',
			/^Paramètres invalides — le corps de la requête doit être un objet JSON$/
		],
		[
			'a saved view that places a node it does not show',
			() => call(views.POST, '/api/views', { body: { ...VIEW, positions: { ailleurs: [1, 2] } } }),
			400,
			'invalid-input',
			/^Paramètres invalides — champ « positions\.ailleurs » : place un nœud absent de la vue$/
		],
		[
			'a saved view too large to keep',
			() => call(views.POST, '/api/views', { text: JSON.stringify({ ...VIEW, selection: 'x'.repeat(SAVED_VIEW_MAX_CHARS) }) }),
			413,
			'too-large',
			new RegExp(`^Vue trop grande : \\d+ caractères, ${SAVED_VIEW_MAX_CHARS} au plus\\.$`)
		],
		[
			'an unknown saved view',
			() => call(savedView.GET, '/api/views/AAAAAAAAAAAAAAAAAAAAAA', { params: { id: 'AAAAAAAAAAAAAAAAAAAAAA' } }),
			404,
			'not-found',
			/^Aucune vue enregistrée sous l’identifiant « AAAAAAAAAAAAAAAAAAAAAA »\.$/
		],
		[
			'an unknown saved query',
			() => call(savedQuery.POST, '/api/queries/nope', { params: { id: 'nope' }, body: {} }),
			404,
			'not-found',
			/^Aucune requête enregistrée « nope »$/
		],
		[
			'a query that would write',
			() => call(query.POST, '/api/query', { body: { cypher: "MATCH (n:Cluster) SET n.name = 'x' RETURN n" } }),
			403,
			'query-refused',
			/^Lecture seule : SET modifierait le graphe, la requête n'a pas été exécutée\.$/
		],
		[
			'a write without the administrator token',
			() => withToken(ADMIN_TOKEN, () => call(analysisWrite.POST, '/api/analysis/write', { body: {} })),
			401,
			'unauthorized',
			/^Jeton d’administration requis : envoyez « Authorization: Bearer <jeton> »\.$/
		],
		[
			'a write while the server has no administrator token',
			() => withToken(undefined, () => call(analysisWrite.POST, '/api/analysis/write', { body: {} })),
			403,
			'writes-disabled',
			/^Écritures désactivées : aucun jeton d'administration n'est configuré\./
		],
		[
			'a write with an unusable administrator token',
			() => withToken('court', () => call(analysisWrite.POST, '/api/analysis/write', { body: {} })),
			403,
			'writes-disabled',
			/MAILLAGE_ADMIN_TOKEN est inutilisable \(variable « MAILLAGE_ADMIN_TOKEN » : doit compter au moins 32 caractères\)/
		],
		[
			'a write without a body',
			() =>
				withToken(ADMIN_TOKEN, () =>
					call(analysisWrite.POST, '/api/analysis/write', { text: '', headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })
				),
			400,
			'invalid-input',
			/^Paramètres invalides — le corps de la requête doit être un objet JSON$/
		],
		[
			'too many exports from one client',
			() => untilRefused(exporting.GET, '/api/export?format=aucun'),
			429,
			'rate-limited',
			/^Trop de demandes depuis votre adresse : réessayez dans \d+ s\.$/
		]
	];

	it.each(cases)('%s answers in French with a stable code', async (_name, request, status, code, message) => {
		const { status: actual, body } = await request();
		expect(actual).toBe(status);
		expect(body.code).toBe(code);
		expect(body.message).toMatch(message);
		expect(body.message).not.toMatch(ENGLISH);
	});

	it('covers every error code a route answers (the others come from the framework or the database)', () => {
		const routeCodes = new Set(cases.map(([, , , code]) => code));
		const elsewhere = [
			'query-invalid',
			'too-many-queries',
			'payload-too-large',
			'database-unavailable',
			'query-timeout',
			'method-not-allowed'
		];
		expect([...routeCodes, ...elsewhere, 'internal', 'error'].sort()).toEqual(Object.keys(apiErrorCodes).sort());
	});

	it('explains invalid Cypher in French, with its position and Neo4j’s original apart', async () => {
		const { status, body } = await call(query.POST, '/api/query', { body: { cypher: 'MATCH (n)\nRETURN m' } });
		expect(status).toBe(400);
		expect(body).toMatchObject({ code: 'query-invalid', problem: 'unknown-variable', subject: 'm', line: 2, column: 8 });
		expect(body.message).toBe("La variable « m » n'est pas définie : nommez-la d'abord dans un MATCH ou un WITH (ligne 2, colonne 8).");
		expect(body.original).toMatch(/^Variable `m` not defined \(line 2, column 8 \(offset: 17\)\)$/);
	});
});
