import type { z } from 'zod';
import {
	partnersResponseSchema,
	recogniseResponseSchema,
	type partnersRequestSchema,
	type PartnersResponse,
	type RecogniseResponse
} from '$lib/domain/partners';
import { sendJson } from '$lib/client/http';

type Fetch = typeof fetch;

/** A request the page sends: what `POST /api/partners` accepts, before defaults. */
export type PartnersQuery = z.input<typeof partnersRequestSchema>;

/** POST /api/partners/recognise: the themes and places a text names. */
export function recogniseText(fetcher: Fetch, text: string, signal?: AbortSignal): Promise<RecogniseResponse> {
	return sendJson(fetcher, '/api/partners/recognise', { text }, recogniseResponseSchema, signal);
}

/** POST /api/partners: ranked partners and funders. */
export function findPartners(fetcher: Fetch, query: PartnersQuery, signal?: AbortSignal): Promise<PartnersResponse> {
	return sendJson(fetcher, '/api/partners', query, partnersResponseSchema, signal);
}
