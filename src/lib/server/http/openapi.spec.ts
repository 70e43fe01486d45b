// Size: one test per promise the API description makes to its readers (paths, errors, roles, rate
// limits, each endpoint family); they share the document and its walkers, so they stay together.
import { describe, expect, it } from 'vitest';
import { roles } from '$lib/domain/accounts';
import { apiErrorCodes } from '$lib/domain/api-error';
import { documentedPaths, openApiDocument } from './openapi';

type Json = { [key: string]: unknown };

/** Every endpoint file of the app, as its OpenAPI path: `[id]` becomes `{id}`, groups vanish. */
const endpointFiles = Object.keys(import.meta.glob('/src/routes/**/+server.ts'));
const routePath = (file: string) =>
	file
		.replace(/^\/src\/routes/, '')
		.replace(/\/\+server\.ts$/, '')
		.replace(/\/\([^)]+\)/g, '')
		.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, '{$1}') || '/';

const apiRoutes = endpointFiles.map(routePath).filter((path) => path.startsWith('/api/'));

/** The endpoint files' text, to read which role each handler checks. */
const endpointSources = import.meta.glob<string>('/src/routes/api/**/+server.ts', { query: '?raw', import: 'default', eager: true });
const ROLE_CHECK = /\b(?:writer|authorise|reader)\(event, '(\w+)'\)/;

/**
 * The least role each handler of the API checks, by `method path`: the role given to `writer` or
 * `authorise` in the handler, or in a helper of its file that the handler calls (`administrator`).
 */
function checkedRoles(): Record<string, string> {
	const found: Record<string, string> = {};
	for (const [file, source] of Object.entries(endpointSources)) {
		const [preamble, ...handlers] = source.split(/^export (?:const|async function) (?=GET|POST|PATCH|DELETE|PUT)/m);
		for (const handler of handlers) {
			const method = handler.slice(0, handler.search(/\W/)).toLowerCase();
			const role = ROLE_CHECK.exec(handler)?.[1] ?? (/\b\w+\(event\);/.test(handler) ? ROLE_CHECK.exec(preamble)?.[1] : undefined);
			if (role) found[`${method} ${routePath(file)}`] = role;
		}
	}
	return found;
}
const document = openApiDocument() as Json & { paths: Record<string, Record<string, Json>>; components: Json };
const operations = Object.entries(document.paths).flatMap(([path, item]) =>
	Object.entries(item).map(([method, operation]) => ({ path, method, ...operation }))
) as (Json & {
	path: string;
	method: string;
	responses: Record<string, Json>;
	parameters?: Json[];
	requestBody?: Json;
	security?: Json[];
})[];

function resolve(reference: string): unknown {
	return reference
		.replace(/^#\//, '')
		.split('/')
		.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Json)[key] : undefined), document);
}

function references(node: unknown): string[] {
	if (Array.isArray(node)) return node.flatMap(references);
	if (!node || typeof node !== 'object') return [];
	return Object.entries(node).flatMap(([key, value]) => (key === '$ref' && typeof value === 'string' ? [value] : references(value)));
}

describe('the OpenAPI document', () => {
	it('describes the query endpoints as POST with a JSON body, and their refusals', () => {
		const run = document.paths['/api/query'].post as Json & { requestBody: Json; responses: Json };
		expect(run.requestBody).toMatchObject({ content: { 'application/json': { schema: { required: ['cypher'] } } } });
		expect(Object.keys(run.responses)).toEqual(expect.arrayContaining(['200', '400', '403', '429', '503', '504']));
		expect(Object.keys(document.paths['/api/queries/{id}'].post?.responses as Json)).toContain('404');
		expect(document.paths['/api/queries'].get).toMatchObject({ operationId: 'listSavedQueries' });
	});

	it('is OpenAPI 3.1 with a title, a version and paths', () => {
		expect(document.openapi).toMatch(/^3\.1\.\d+$/);
		expect(document.info).toMatchObject({ title: 'Maillage', version: expect.any(String) });
		expect(Object.keys(document.paths).length).toBeGreaterThan(0);
	});

	it('describes every endpoint under src/routes/api', () => {
		expect(apiRoutes.length).toBeGreaterThan(0);
		expect(apiRoutes).toContain('/api/graph/neighbourhood');
		for (const route of apiRoutes) expect(Object.keys(document.paths), route).toContain(route);
	});

	it('describes only endpoints that exist, the probes included', () => {
		const existing = endpointFiles.map(routePath);
		expect(documentedPaths()).toEqual(expect.arrayContaining(['/healthz', '/readyz', '/api/openapi.json']));
		for (const path of documentedPaths()) expect(existing, path).toContain(path);
	});

	it('gives every operation an id and a success answer with a schema for each media type, or none for 204', () => {
		const ids = operations.map((operation) => operation.operationId);
		expect(new Set(ids).size).toBe(operations.length);
		for (const operation of operations) {
			const name = `${operation.method} ${operation.path}`;
			if (operation.responses['204']) {
				expect(operation.responses['204'].content, name).toBeUndefined();
				continue;
			}
			const content = (operation.responses['200'] ?? operation.responses['201'] ?? operation.responses['202']).content as Record<
				string,
				Json
			>;
			expect(Object.keys(content).length, name).toBeGreaterThan(0);
			for (const media of Object.values(content)) expect(media, name).toMatchObject({ schema: expect.anything() });
		}
	});

	it('offers three ways in: an account’s API token, a session cookie with its CSRF header, the bootstrap token', () => {
		const schemes = (document.components as { securitySchemes: Json }).securitySchemes;
		expect(schemes).toMatchObject({
			apiToken: { type: 'http', scheme: 'bearer', description: expect.stringContaining('/compte') },
			session: { type: 'apiKey', in: 'cookie', name: 'maillage_session', description: expect.stringContaining('X-CSRF-Token') },
			bootstrapToken: { type: 'http', scheme: 'bearer', description: expect.stringContaining('MAILLAGE_ADMIN_TOKEN') }
		});
		expect(Object.keys(schemes)).toHaveLength(3);
		const unauthorized = resolve('#/components/responses/Unauthorized') as Json & { description: string };
		expect(unauthorized.headers).toHaveProperty('WWW-Authenticate');
		expect(unauthorized.description).toContain('`unauthorized`');
		const forbidden = resolve('#/components/responses/Forbidden') as Json & { description: string };
		for (const code of ['forbidden', 'csrf-failed', 'query-refused']) expect(forbidden.description).toContain(`\`${code}\``);
	});

	it('protects every write with an account, answering 401 and 403 and saying the least role it needs', () => {
		// POST is also used by reads with a body, and by saving a view (not a fact of the graph): those stay open.
		const open = [
			'/api/partners',
			'/api/partners/recognise',
			'/api/query',
			'/api/queries/{id}',
			'/api/analysis',
			'/api/graph/subgraph',
			'/api/views'
		];
		const writes = operations.filter((operation) => operation.method !== 'get' && !open.includes(operation.path));
		expect(writes.map((operation) => `${operation.method} ${operation.path}`)).toEqual(
			expect.arrayContaining([
				'post /api/entities',
				'patch /api/entities/{id}',
				'post /api/changesets/{id}/revert',
				'delete /api/views/{id}'
			])
		);
		// Listing the accounts is a read, but of people's addresses: it needs an administrator.
		const listAccounts = operations.find((operation) => operation.operationId === 'listAccounts')!;
		for (const operation of [...writes, listAccounts]) {
			const name = `${operation.method} ${operation.path}`;
			const bootstrap = operation.path === '/api/accounts' ? [{ bootstrapToken: [] }] : [];
			expect(operation.security, name).toEqual([{ apiToken: [] }, { session: [] }, ...bootstrap]);
			expect(Object.keys(operation.responses), name).toEqual(expect.arrayContaining(['401', '403']));
			const role = operation['x-least-role'] as string;
			expect(roles, name).toContain(role);
			expect(operation.description, name).toMatch(new RegExp(`^Rôle minimal : ${role}\\b`));
			if (operation.method === 'post' || operation.method === 'patch') {
				// A JSON body, or for an upload a multipart form whose `file` is binary.
				const upload = { content: { 'multipart/form-data': { schema: { properties: { file: { format: 'binary' } } } } } };
				const json = { content: { 'application/json': { schema: expect.anything() } } };
				expect(operation.requestBody, name).toMatchObject(name === 'post /api/imports' ? upload : json);
			}
		}
		for (const operation of operations.filter((operation) => operation.method !== 'get' && open.includes(operation.path))) {
			expect(operation.security, operation.path).toBeUndefined();
		}
	});

	it('documents for each endpoint the least role its handler checks, and protects no other', () => {
		const checked = checkedRoles();
		// The reading of the sources must find the roles at all, or the comparison below proves nothing.
		expect(checked).toMatchObject({
			'post /api/entities': 'contributeur',
			'post /api/changesets/{id}/publish': 'curateur',
			'delete /api/views/{id}': 'lecteur',
			'get /api/accounts': 'administrateur'
		});
		const documented = Object.fromEntries(
			operations
				.filter((operation) => operation['x-least-role'] !== undefined)
				.map((operation) => [`${operation.method} ${operation.path}`, operation['x-least-role']])
		);
		expect(documented).toEqual(checked);
	});

	it('answers a contribution 201 or 200 when a curator publishes it and 202 when it waits as a proposal, both with the changeset', () => {
		const changeset = { content: { 'application/json': { schema: { $ref: '#/components/schemas/Changeset' } } } };
		for (const [path, method, published] of [
			['/api/entities', 'post', '201'],
			['/api/entities/{id}', 'patch', '200'],
			['/api/relationships', 'post', '201']
		] as const) {
			const responses = document.paths[path][method].responses as Record<string, Json>;
			expect(responses[published], `${method} ${path}`).toMatchObject(changeset);
			expect(responses['202'], `${method} ${path}`).toMatchObject(changeset);
		}
		expect(document.paths['/api/views/{id}'].delete.responses).toMatchObject({ '204': { description: expect.any(String) } });
		const detail = resolve('#/components/schemas/EntityDetail') as Json & { properties: Json; required: string[] };
		expect(detail.required).toContain('version');
		expect((document.paths['/api/entities/{id}'].get.responses as Record<string, Json>)['200'].headers).toHaveProperty('ETag');
	});

	it('answers 409 on a stale edit with the current values, and on a revert with the conflicts', () => {
		for (const [path, method] of [
			['/api/entities/{id}', 'patch'],
			['/api/changesets/{id}/revert', 'post']
		] as const) {
			expect(document.paths[path][method].responses, `${method} ${path}`).toMatchObject({
				'409': { $ref: '#/components/responses/Conflict' }
			});
		}
		const conflict = resolve('#/components/responses/Conflict') as Json & { description: string };
		for (const word of ['`conflict`', '`current`', '`conflicts`']) expect(conflict.description).toContain(word);
		const error = resolve('#/components/schemas/Error') as Json & { properties: Record<string, Json> };
		expect(error.properties.current).toMatchObject({ type: 'object', required: ['version', 'properties'] });
		expect(error.properties.conflicts).toMatchObject({ type: 'array', items: { required: ['operation', 'message'] } });
	});

	it('gives every error answer the shape { message, code }, with each stable code listed and explained', () => {
		const error = resolve('#/components/schemas/Error') as Json & { properties: Record<string, Json>; required: string[] };
		expect(error.required).toEqual(expect.arrayContaining(['message', 'code']));
		expect(error.properties.code.enum).toEqual(Object.keys(apiErrorCodes));
		for (const code of Object.keys(apiErrorCodes)) expect(error.properties.code.description).toContain(`\`${code}\` — `);
		for (const response of Object.values((document.components as { responses: Record<string, Json> }).responses)) {
			expect(response.content).toEqual({ 'application/json': { schema: { $ref: '#/components/schemas/Error' } } });
		}
	});

	it('answers 400 wherever there is input, and 503 wherever the database is read', () => {
		for (const operation of operations) {
			if (operation.parameters?.length || operation.requestBody) expect(Object.keys(operation.responses), operation.path).toContain('400');
		}
		// The description and the saved-query list are files of the app, not reads of the database.
		const readers = operations.filter(
			(operation) => operation.path.startsWith('/api/') && !['/api/openapi.json', '/api/queries'].includes(operation.path)
		);
		for (const operation of [...readers, operations.find((operation) => operation.path === '/readyz')!]) {
			expect(Object.keys(operation.responses), operation.path).toContain('503');
		}
	});

	it('answers 404 for every endpoint that looks an entity up', () => {
		for (const path of ['/api/entities/{id}', '/api/graph/neighbourhood', '/api/graph/paths', '/api/graph/subgraph']) {
			expect(Object.keys(document.paths[path].get.responses as Json), path).toContain('404');
		}
	});

	it('describes saved views: a POST that answers 201 without a token, and a GET by id that answers 404', () => {
		const save = document.paths['/api/views'].post as Json & { responses: Record<string, Json>; requestBody: Json };
		expect(save.security).toBeUndefined();
		expect(Object.keys(save.responses)).toEqual(expect.arrayContaining(['201', '400', '413', '429', '503']));
		expect(save.responses['200']).toBeUndefined();
		expect(save.requestBody).toMatchObject({
			content: { 'application/json': { schema: { properties: { nodes: { type: 'array', maxItems: 5000 } } } } }
		});
		const load = document.paths['/api/views/{id}'].get as Json & { responses: Record<string, Json>; parameters: Json[] };
		expect(Object.keys(load.responses)).toEqual(expect.arrayContaining(['200', '404']));
		expect(load.parameters).toEqual([
			expect.objectContaining({ name: 'id', in: 'path', schema: expect.objectContaining({ pattern: expect.any(String) }) })
		]);
		expect(document.paths['/api/graph/subgraph'].post).toMatchObject({ operationId: 'postSubgraph' });
	});

	it('builds the parameters from the zod schemas: bounds, defaults, enums, comma-separated lists', () => {
		const parameters = document.paths['/api/graph/neighbourhood'].get.parameters as Json[];
		const byName = Object.fromEntries(parameters.map((parameter) => [parameter.name, parameter]));
		expect(byName.id).toMatchObject({ in: 'query', required: true, schema: { type: 'string', pattern: expect.any(String) } });
		expect(byName.depth).toMatchObject({ required: false, schema: { type: 'integer', minimum: 1, maximum: 2, default: 1 } });
		expect(byName.limit).toMatchObject({ schema: { default: 100 } });
		expect(byName.types).toMatchObject({
			style: 'form',
			explode: false,
			schema: { type: 'array', items: { enum: expect.arrayContaining(['FUNDS']) } }
		});
		const entity = document.paths['/api/entities/{id}'].get.parameters as Json[];
		expect(entity).toEqual([expect.objectContaining({ name: 'id', in: 'path', required: true })]);
	});

	it('describes the partner finder as two POST operations with a JSON body and named answers', () => {
		const suggest = document.paths['/api/partners'].post as Json & { requestBody: Json; responses: Record<string, Json> };
		expect(suggest.requestBody).toMatchObject({
			required: true,
			content: { 'application/json': { schema: { type: 'object', properties: { text: { type: 'string', maxLength: 2000 } } } } }
		});
		const body = (suggest.requestBody.content as Record<string, { schema: { properties: Record<string, Json> } }>)['application/json']
			.schema;
		expect(body.properties.limit).toMatchObject({ type: 'integer', minimum: 1, maximum: 100, default: 20 });
		expect(body.properties.kinds).toMatchObject({ type: 'array', items: { enum: expect.arrayContaining(['Cluster', 'Funder']) } });
		// The server's rule, a text, words, a theme or "who we are", is the description's too.
		expect((body as Json).anyOf).toEqual([
			{ required: ['text'], properties: { text: { pattern: '\\S' } } },
			{ required: ['words'], properties: { words: { pattern: '\\S' } } },
			{ required: ['themes'], properties: { themes: { minItems: 1 } } },
			{ required: ['self'] }
		]);
		expect(suggest.responses['200']).toMatchObject({
			content: { 'application/json': { schema: { $ref: '#/components/schemas/PartnersResponse' } } }
		});
		expect(document.paths['/api/partners/recognise'].post).toMatchObject({ operationId: 'recogniseProject' });
		expect(document.paths['/api/partners'].get).toBeUndefined();
	});

	it('requires the ids of a subgraph, one to 5,000, as the server does', () => {
		const post = document.paths['/api/graph/subgraph'].post as Json & { requestBody: { content: Record<string, { schema: Json }> } };
		expect(post.requestBody.content['application/json'].schema).toMatchObject({
			required: ['ids'],
			properties: { ids: { type: 'array', minItems: 1, maxItems: 5000 } }
		});
		// In an address, a hundred: past 16 KB of request line Node answers 431 without the app.
		const get = document.paths['/api/graph/subgraph'].get as Json & { parameters: { name: string; required?: boolean; schema: Json }[] };
		expect(get.parameters.find((parameter) => parameter.name === 'ids')).toMatchObject({
			required: true,
			schema: { minItems: 1, maxItems: 100 }
		});
	});

	it('lets a saved query run without a body, as the server does, and no other body be left out', () => {
		const bodies = Object.entries(document.paths).flatMap(([path, operations]) =>
			Object.entries(operations as Record<string, Json & { requestBody?: { required: boolean } }>)
				.filter(([, operation]) => operation.requestBody)
				.map(([method, operation]) => [`${method} ${path}`, operation.requestBody!.required] as const)
		);
		expect(bodies.filter(([, required]) => !required).map(([operation]) => operation)).toEqual(['post /api/queries/{id}']);
	});

	it('says an empty query parameter reads as absent where the server reads it so, and nowhere else', () => {
		const parameter = (path: string, name: string) =>
			(document.paths[path].get as Json & { parameters: { name: string; schema: Json }[] }).parameters.find(
				(given) => given.name === name
			)!;
		expect(parameter('/api/analysis', 'theme').schema).toMatchObject({ anyOf: [{ type: 'string', maxLength: 0 }, { minLength: 1 }] });
		expect(parameter('/api/search', 'type').schema).toMatchObject({
			anyOf: [{ maxLength: 0 }, { enum: expect.arrayContaining(['Company']) }]
		});
		// A path's ends may not be empty: no such leniency.
		expect(parameter('/api/graph/paths', 'from').schema).not.toHaveProperty('anyOf');
	});

	it('says a Cypher query may not be blank, as the server does', () => {
		const run = document.paths['/api/query'].post as Json & {
			requestBody: { content: Record<string, { schema: { properties: Record<string, Json> } }> };
		};
		expect(run.requestBody.content['application/json'].schema.properties.cypher).toMatchObject({ type: 'string', pattern: '\\S' });
	});

	it('describes the export as a file in each format, named by Content-Disposition', () => {
		const exporting = document.paths['/api/export'].get as Json & { responses: Record<string, Json> };
		const ok = exporting.responses['200'] as { content: Record<string, Json>; headers: Json };
		expect(Object.keys(ok.content)).toEqual(['application/graphml+xml', 'application/gexf+xml', 'text/csv', 'application/json']);
		expect(ok.headers).toHaveProperty('Content-Disposition');
		const format = (exporting.parameters as Json[]).find((parameter) => parameter.name === 'format');
		expect(format).toMatchObject({ required: true, schema: { enum: ['graphml', 'gexf', 'csv-nodes', 'csv-edges', 'json'] } });
	});

	it('resolves every $ref inside the document, and names the graph payloads', () => {
		const all = references(document);
		expect(all).toContain('#/components/schemas/GraphNode');
		for (const reference of all) expect(resolve(reference), reference).toBeDefined();
		expect(document.components).toMatchObject({ schemas: { GraphPayload: { type: 'object' }, PathsPayload: { type: 'object' } } });
		expect(JSON.stringify(document)).not.toMatch(/"\$id"|"\$schema"/);
	});

	it('answers 429 with Retry-After on every rate-limited endpoint', () => {
		const limited = [
			['/api/partners', 'post'],
			['/api/partners/recognise', 'post'],
			['/api/query', 'post'],
			['/api/queries/{id}', 'post'],
			['/api/analysis', 'get'],
			['/api/analysis/gexf', 'get'],
			['/api/export', 'get']
		] as const;
		for (const [path, method] of limited) {
			expect(Object.keys(document.paths[path][method]?.responses as Json), path).toContain('429');
		}
		const tooMany = resolve('#/components/responses/TooManyRequests') as Json & { description: string };
		expect(tooMany.headers).toMatchObject({ 'Retry-After': { schema: { type: 'integer', minimum: 1 } } });
		expect(tooMany.description).toContain('rate-limited');
	});
});
