import type { z } from 'zod';
import { entityDetailSchema, searchResponseSchema, type EntityDetail, type SearchResponse } from '$lib/domain/entity';
import {
	graphPayloadSchema,
	pathsPayloadSchema,
	type GraphPayload,
	type NeighbourhoodQuery,
	type PathsPayload,
	type PathsQuery
} from '$lib/domain/graph';
import { savedViewCreatedSchema, savedViewSchema, type SavedView, type SavedViewCreated } from '$lib/domain/saved-view';
import type { ViewState } from './view-state';

/** An API answer other than 2xx: its status and the server's message (already in words for people). */
export class ApiError extends Error {
	constructor(
		readonly status: number,
		message: string,
		readonly code?: string
	) {
		super(message);
		this.name = 'ApiError';
	}
}

type Fetch = typeof fetch;

/** Calls a JSON endpoint and checks the answer against its schema, so the view never draws a malformed payload. */
async function getJson<S extends z.ZodType>(fetcher: Fetch, url: string, schema: S, signal?: AbortSignal): Promise<z.infer<S>> {
	const response = await fetcher(url, { headers: { accept: 'application/json' }, signal });
	return checked(response, schema);
}

/** Posts a JSON body and checks the answer against its schema, as `getJson` does; an error answer throws ApiError with the server's message. */
export async function sendJson<S extends z.ZodType>(
	fetcher: Fetch,
	url: string,
	body: unknown,
	schema: S,
	signal?: AbortSignal
): Promise<z.infer<S>> {
	const response = await fetcher(url, {
		method: 'POST',
		headers: { accept: 'application/json', 'content-type': 'application/json' },
		body: JSON.stringify(body),
		signal
	});
	return checked(response, schema);
}

async function checked<S extends z.ZodType>(response: Response, schema: S): Promise<z.infer<S>> {
	const body: unknown = await response.json().catch(() => undefined);
	if (!response.ok) {
		const details = (body ?? {}) as { message?: string; code?: string };
		throw new ApiError(response.status, details.message ?? response.statusText, details.code);
	}
	return schema.parse(body);
}

function query(parameters: Record<string, string | number | readonly string[] | undefined>): string {
	const search = new URLSearchParams();
	for (const [key, value] of Object.entries(parameters)) {
		if (value === undefined) continue;
		if (Array.isArray(value)) {
			if (value.length > 0) search.set(key, value.join(','));
		} else search.set(key, String(value));
	}
	return search.toString();
}

/** GET /api/graph/neighbourhood: an entity and its neighbours, cut at `limit`. */
export function fetchNeighbourhood(
	fetcher: Fetch,
	input: Partial<NeighbourhoodQuery> & { id: string },
	signal?: AbortSignal
): Promise<GraphPayload> {
	return getJson(fetcher, `/api/graph/neighbourhood?${query(input)}`, graphPayloadSchema, signal);
}

/** GET /api/graph/paths: the shortest paths between two entities. */
export function fetchPaths(
	fetcher: Fetch,
	input: Partial<PathsQuery> & { from: string; to: string },
	signal?: AbortSignal
): Promise<PathsPayload> {
	return getJson(fetcher, `/api/graph/paths?${query(input)}`, pathsPayloadSchema, signal);
}

/** Longest subgraph URL sent as a GET (cacheable); longer id lists go in a POST body. */
const SUBGRAPH_GET_CHARS = 4_000;

/** The given entities and every edge among them: GET /api/graph/subgraph, or POST for many ids (a large shared view). */
export function fetchSubgraph(fetcher: Fetch, ids: readonly string[], signal?: AbortSignal): Promise<GraphPayload> {
	const url = `/api/graph/subgraph?${query({ ids })}`;
	if (url.length <= SUBGRAPH_GET_CHARS) return getJson(fetcher, url, graphPayloadSchema, signal);
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

/** GET /api/search: suggestions for what a person is typing. */
export function fetchSuggestions(fetcher: Fetch, text: string, limit = 8, signal?: AbortSignal): Promise<SearchResponse> {
	return getJson(fetcher, `/api/search?${query({ q: text, limit })}`, searchResponseSchema, signal);
}

/** GET /api/entities/:id: properties, themes and citations of one entity, for the side panel. */
export function fetchEntity(fetcher: Fetch, id: string, signal?: AbortSignal): Promise<EntityDetail> {
	return getJson(fetcher, `/api/entities/${encodeURIComponent(id)}`, entityDetailSchema, signal);
}
