import { entityDetailSchema, searchResponseSchema, type EntityDetail, type SearchResponse } from '$lib/domain/entity';
import { getJson, query, type Fetch } from './http';

/** GET /api/search: suggestions for what a person is typing. */
export function fetchSuggestions(fetcher: Fetch, text: string, limit = 8, signal?: AbortSignal): Promise<SearchResponse> {
	return getJson(fetcher, `/api/search?${query({ q: text, limit })}`, searchResponseSchema, signal);
}

/** GET /api/entities/:id: properties, themes and citations of one entity, for the side panel. */
export function fetchEntity(fetcher: Fetch, id: string, signal?: AbortSignal): Promise<EntityDetail> {
	return getJson(fetcher, `/api/entities/${encodeURIComponent(id)}`, entityDetailSchema, signal);
}
