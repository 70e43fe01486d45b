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
	init: {
		params?: Record<string, string>;
		body?: unknown;
		text?: string;
		client?: string;
		headers?: Record<string, string>;
		identity?: Partial<App.Locals['identity']>;
	} = {}
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
			locals: { locale: 'fr', identity: { caller: null, rejectedBearer: false, bootstrap: false, unavailable: false, ...init.identity } },
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

/** A curator calling with an API token, as the hook would have identified them. */
const CURATOR = {
	caller: {
		account: {
			id: 'acc-00000000000000c1',
			email: 'curatrice.fictive@example.test',
			name: 'Curatrice Fictive',
			role: 'curateur',
			active: true,
			origin: 'local',
			createdAt: '2026-12-01T00:00:00.000Z',
			mustChangePassword: false
		},
		via: 'token',
		csrf: null
	}
} as const;

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
			'a subgraph of more ids than an address carries',
			() => call(subgraph.GET, `/api/graph/subgraph?ids=${Array.from({ length: 101 }, (_, index) => `e${index}`).join(',')}`),
			400,
			'invalid-input',
			/^Paramètres invalides — champ « ids » : doit nommer 100 entités au plus \(au-delà, POST \/api\/graph\/subgraph\)$/
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
			'a write without an account',
			() => call(analysisWrite.POST, '/api/analysis/write', { body: {} }),
			401,
			'unauthorized',
			/^Connexion requise : connectez-vous \(\/connexion\) ou envoyez « Authorization: Bearer <jeton d’API> »\.$/
		],
		[
			'a write with a token that matches no account',
			() => call(analysisWrite.POST, '/api/analysis/write', { body: {}, identity: { rejectedBearer: true } }),
			401,
			'unauthorized',
			/^Jeton d’API refusé : il est inconnu, révoqué, ou son compte est désactivé\.$/
		],
		[
			'a write by a role too low',
			() =>
				call(analysisWrite.POST, '/api/analysis/write', {
					body: { projection: 'actors-sharing-projects' },
					identity: { caller: { ...CURATOR.caller, account: { ...CURATOR.caller.account, role: 'contributeur' } } }
				}),
			403,
			'forbidden',
			/^Votre rôle \(contributeur\) ne le permet pas : il faut être curateur ou administrateur\.$/
		],
		[
			'a write by a session without its CSRF token',
			() =>
				call(analysisWrite.POST, '/api/analysis/write', {
					body: { projection: 'actors-sharing-projects' },
					identity: { caller: { ...CURATOR.caller, via: 'session', csrf: 'jeton-csrf-fictif' } }
				}),
			403,
			'csrf-failed',
			/^Jeton anti-CSRF absent ou périmé : rechargez la page et recommencez\.$/
		],
		[
			'an edit based on a version that is not the entity’s',
			() =>
				call(entity.PATCH, '/api/entities/ademe', {
					params: { id: 'ademe' },
					body: {
						version: '0000000000000000',
						changes: { website: 'https://example.test/' },
						citation: { sourceId: 'cleon-4-0-bilan', excerpt: 'Un passage fictif.' }
					},
					identity: CURATOR
				}),
			409,
			'conflict',
			/^Cette fiche a été modifiée depuis que vous l’avez ouverte/
		],
		[
			'a write without a body',
			() => call(analysisWrite.POST, '/api/analysis/write', { text: '', identity: CURATOR }),
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
			'method-not-allowed',
			// Answered by the sign-in page (a form), tested with the accounts.
			'locked-out'
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
