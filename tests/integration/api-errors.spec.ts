import { isHttpError } from '@sveltejs/kit';
import { afterAll, describe, expect, it, vi } from 'vitest';

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

afterAll(async () => (await import('$lib/server/db/database')).closeDatabase());

let calls = 0;

/** Calls a handler as SvelteKit would; the status and JSON body, errors included. */
async function call(
	handler: (event: never) => Response | Promise<Response>,
	path: string,
	init: { params?: Record<string, string>; body?: unknown } = {}
): Promise<{ status: number; body: { message: string; code: string } & Record<string, unknown> }> {
	const url = new URL(`http://localhost${path}`);
	const request = new Request(url, init.body === undefined ? {} : { method: 'POST', body: JSON.stringify(init.body) });
	const client = `198.51.100.${++calls % 250}`;
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
			/^Paramètres invalides — id: doit être un identifiant/
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
			/to: doit désigner une autre entité que from/
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
			/^Paramètres invalides — type: /
		],
		[
			'a query without Cypher',
			() => call(query.POST, '/api/query', { body: {} }),
			400,
			'invalid-input',
			/cypher: la requête Cypher est obligatoire/
		],
		[
			'a query parameter with a bad name',
			() => call(query.POST, '/api/query', { body: { cypher: 'RETURN 1', params: { '1x': 1 } } }),
			400,
			'invalid-input',
			/^Paramètres invalides — params\.1x: Clé/
		],
		[
			'an analysis of an unknown région',
			() => call(analysis.GET, '/api/analysis?region=region-00'),
			400,
			'invalid-input',
			/aucune région n’a l’identifiant « region-00 »/
		]
	];

	it.each(cases)('%s answers in French with a stable code', async (_name, request, status, code, message) => {
		const { status: actual, body } = await request();
		expect(actual).toBe(status);
		expect(body.code).toBe(code);
		expect(body.message).toMatch(message);
		expect(body.message).not.toMatch(ENGLISH);
	});

	it('explains invalid Cypher in French, with its position and Neo4j’s original apart', async () => {
		const { status, body } = await call(query.POST, '/api/query', { body: { cypher: 'MATCH (n)\nRETURN m' } });
		expect(status).toBe(400);
		expect(body).toMatchObject({ code: 'query-invalid', problem: 'unknown-variable', subject: 'm', line: 2, column: 8 });
		expect(body.message).toBe("La variable « m » n'est pas définie : nommez-la d'abord dans un MATCH ou un WITH (ligne 2, colonne 8).");
		expect(body.original).toMatch(/^Variable `m` not defined \(line 2, column 8 \(offset: 17\)\)$/);
	});
});
