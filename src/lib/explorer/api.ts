import {
	graphPayloadSchema,
	neighbourCountsSchema,
	type NeighbourCounts,
	pathsPayloadSchema,
	type GraphPayload,
	type NeighbourhoodQuery,
	type PathsPayload,
	type PathsQuery,
	SUBGRAPH_GET_MAX_IDS
} from '$lib/domain/graph';
import { savedViewCreatedSchema, savedViewSchema, type SavedView, type SavedViewCreated } from '$lib/domain/saved-view';
import type { ViewState } from '$lib/domain/view';
import { getJson, query, sendJson, type Fetch } from '$lib/client/http';

/** GET /api/graph/neighbourhood: an entity and its neighbours, cut at `limit`. */
export function fetchNeighbourhood(
	fetcher: Fetch,
	input: Partial<NeighbourhoodQuery> & { id: string },
	signal?: AbortSignal
): Promise<GraphPayload> {
	return getJson(fetcher, `/api/graph/neighbourhood?${query(input)}`, graphPayloadSchema, signal);
}

/** GET /api/graph/neighbourhood/counts: an entity's neighbours by kind and links by type, not the neighbours themselves. */
export function fetchNeighbourCounts(fetcher: Fetch, id: string, signal?: AbortSignal): Promise<NeighbourCounts> {
	return getJson(fetcher, `/api/graph/neighbourhood/counts?${query({ id })}`, neighbourCountsSchema, signal);
}

/** GET /api/graph/paths: the shortest paths between two entities. */
export function fetchPaths(
	fetcher: Fetch,
	input: Partial<PathsQuery> & { from: string; to: string },
	signal?: AbortSignal
): Promise<PathsPayload> {
	return getJson(fetcher, `/api/graph/paths?${query(input)}`, pathsPayloadSchema, signal);
}

/** Longest subgraph URL sent as a GET (cacheable); longer id lists, or more than the GET takes, go in a POST body. */
const SUBGRAPH_GET_CHARS = 4_000;

/** The given entities and every edge among them: GET /api/graph/subgraph, or POST for many ids (a large shared view). */
export function fetchSubgraph(fetcher: Fetch, ids: readonly string[], signal?: AbortSignal): Promise<GraphPayload> {
	const url = `/api/graph/subgraph?${query({ ids })}`;
	if (url.length <= SUBGRAPH_GET_CHARS && ids.length <= SUBGRAPH_GET_MAX_IDS) return getJson(fetcher, url, graphPayloadSchema, signal);
	return sendJson(fetcher, '/api/graph/subgraph', { ids }, graphPayloadSchema, signal);
}

/** POST /api/views: saves a view on the server, for a link too long to carry it. */
export function saveView(fetcher: Fetch, state: ViewState, signal?: AbortSignal): Promise<SavedViewCreated> {
	return sendJson(fetcher, '/api/views', state, savedViewCreatedSchema, signal);
}

/** GET /api/views/<id>: a view saved by someone who shared it. */
export function fetchSavedView(fetcher: Fetch, id: string, signal?: AbortSignal): Promise<SavedView> {
	return getJson(fetcher, `/api/views/${encodeURIComponent(id)}`, savedViewSchema, signal);
}
