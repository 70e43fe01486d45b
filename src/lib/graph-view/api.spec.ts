import { describe, expect, it } from 'vitest';
import { ApiError, fetchNeighbourhood, fetchPaths, fetchSubgraph, fetchSuggestions } from './api';
import { cleonNeighbourhood } from './fixture';

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

	it('turns an error answer into an ApiError with the server message', async () => {
		const { fetcher } = stubFetch(404, { message: 'No entity with id "nope"', code: 'not-found' });
		const failure = fetchNeighbourhood(fetcher, { id: 'nope' });
		await expect(failure).rejects.toBeInstanceOf(ApiError);
		await expect(failure).rejects.toMatchObject({ status: 404, code: 'not-found', message: 'No entity with id "nope"' });
	});

	it('refuses a payload that does not follow the schema', async () => {
		const { fetcher } = stubFetch(200, { nodes: [{ id: 'x' }], edges: [], truncated: false });
		await expect(fetchNeighbourhood(fetcher, { id: 'x' })).rejects.toThrow();
	});
});
