import { describe, expect, it } from 'vitest';
import { ApiError } from '$lib/client/http';
import { fetchSuggestions } from '$lib/client/entities';
import { fetchNeighbourhood, fetchPaths, fetchSavedView, fetchSubgraph, saveView } from './api';
import { cleonNeighbourhood } from '../../../tests/support/fixtures/graph-payloads';

/** A fetch that records the URL asked for and answers with the given status and body. */
function stubFetch(status: number, body: unknown) {
	const calls: string[] = [];
	const fetcher = (async (url: string) => {
		calls.push(url);
		return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
	}) as typeof fetch;
	return { fetcher, calls };
}

describe('graph API client', () => {
	it('asks for a neighbourhood with its cap, types and kinds, and checks the payload', async () => {
		const { fetcher, calls } = stubFetch(200, cleonNeighbourhood());
		const payload = await fetchNeighbourhood(fetcher, { id: 'ecosystem-cleon-4-0', limit: 100, types: ['ANIMATES', 'FUNDS'], kinds: [] });
		expect(calls).toEqual(['/api/graph/neighbourhood?id=ecosystem-cleon-4-0&limit=100&types=ANIMATES%2CFUNDS']);
		expect(payload.nodes).toHaveLength(7);
	});

	it('asks for paths with the options chosen', async () => {
		const { fetcher, calls } = stubFetch(200, { paths: [], truncated: false });
		await fetchPaths(fetcher, { from: 'tenerrdis', to: 'ti-2023-2027-8411', maxLength: 4, avoid: ['geography'] });
		expect(calls[0]).toBe('/api/graph/paths?from=tenerrdis&to=ti-2023-2027-8411&maxLength=4&avoid=geography');
	});

	it('asks for a subgraph and for suggestions', async () => {
		const graph = stubFetch(200, cleonNeighbourhood());
		await fetchSubgraph(graph.fetcher, ['a', 'b']);
		expect(graph.calls[0]).toBe('/api/graph/subgraph?ids=a%2Cb');
		const search = stubFetch(200, { query: 'cléon', type: null, results: [] });
		await fetchSuggestions(search.fetcher, 'cléon');
		expect(search.calls[0]).toBe('/api/search?q=cl%C3%A9on&limit=8');
	});

	it('asks for the subgraph of many ids by POST, their list in the body, where a URL would be too long', async () => {
		const ids = Array.from({ length: 600 }, (_, index) => `commune-${76_000 + index}`);
		const requests: { url: string; init?: RequestInit }[] = [];
		const fetcher = (async (url: string, init?: RequestInit) => {
			requests.push({ url, init });
			return Response.json(cleonNeighbourhood());
		}) as typeof fetch;
		await fetchSubgraph(fetcher, ids);
		expect(requests).toEqual([{ url: '/api/graph/subgraph', init: expect.objectContaining({ method: 'POST' }) }]);
		expect(JSON.parse(String(requests[0].init?.body))).toEqual({ ids });
		// Short ids, a short address, but more than the GET takes.
		const many = Array.from({ length: 101 }, (_, index) => `e${index}`);
		await fetchSubgraph(fetcher, many);
		expect(requests[1]).toEqual({ url: '/api/graph/subgraph', init: expect.objectContaining({ method: 'POST' }) });
	});

	it('saves a view by POST and reads a saved one by id, checking both answers', async () => {
		const state = {
			v: 1 as const,
			nodes: ['ademe'],
			layout: 'fcose' as const,
			sizeBy: 'degree' as const,
			filters: { mode: 'fade' as const }
		};
		const created = { id: 'AbCdEfGhIjKlMnOpQrStUv', createdAt: '2025-03-14T09:26:00Z', href: '/explorer?vue-id=AbCdEfGhIjKlMnOpQrStUv' };
		expect(await saveView(stubFetch(201, created).fetcher, state)).toEqual(created);
		const reading = stubFetch(200, { id: created.id, createdAt: created.createdAt, state });
		expect((await fetchSavedView(reading.fetcher, created.id)).state).toEqual(state);
		expect(reading.calls[0]).toBe('/api/views/AbCdEfGhIjKlMnOpQrStUv');
		await expect(
			fetchSavedView(stubFetch(200, { id: created.id, createdAt: created.createdAt, state: { v: 2 } }).fetcher, created.id)
		).rejects.toThrow();
		await expect(saveView(stubFetch(429, { message: 'Trop de vues', code: 'rate-limited' }).fetcher, state)).rejects.toMatchObject({
			status: 429,
			code: 'rate-limited'
		});
	});

	it('turns an error answer into an ApiError with the server message', async () => {
		const { fetcher } = stubFetch(404, { message: 'Aucune entité n’a l’identifiant « nope ».', code: 'not-found' });
		const failure = fetchNeighbourhood(fetcher, { id: 'nope' });
		await expect(failure).rejects.toBeInstanceOf(ApiError);
		await expect(failure).rejects.toMatchObject({ status: 404, code: 'not-found', message: 'Aucune entité n’a l’identifiant « nope ».' });
	});

	it('refuses a payload that does not follow the schema', async () => {
		const { fetcher } = stubFetch(200, { nodes: [{ id: 'x' }], edges: [], truncated: false });
		await expect(fetchNeighbourhood(fetcher, { id: 'x' })).rejects.toThrow();
	});
});
