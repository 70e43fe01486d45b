import type { z } from 'zod';
import {
	partnersResponseSchema,
	recogniseResponseSchema,
	type partnersRequestSchema,
	type PartnersResponse,
	type RecogniseResponse
} from '$lib/domain/partners';
import { ApiError } from '$lib/graph-view/api';

type Fetch = typeof fetch;

/** A request the page sends: what `POST /api/partners` accepts, before defaults. */
export type PartnersQuery = z.input<typeof partnersRequestSchema>;

/** POSTs JSON and checks the answer against its schema; an error answer throws ApiError with the server's message. */
async function postJson<S extends z.ZodType>(
	fetcher: Fetch,
	url: string,
	body: unknown,
	schema: S,
	signal?: AbortSignal
): Promise<z.infer<S>> {
	const response = await fetcher(url, {
		method: 'POST',
		headers: { 'content-type': 'application/json', accept: 'application/json' },
		body: JSON.stringify(body),
		signal
	});
	const answer: unknown = await response.json().catch(() => undefined);
	if (!response.ok) {
		const details = (answer ?? {}) as { message?: string; code?: string };
		throw new ApiError(response.status, details.message ?? response.statusText, details.code);
	}
	return schema.parse(answer);
}

/** POST /api/partners/recognise: the themes and places a text names. */
export function recogniseText(fetcher: Fetch, text: string, signal?: AbortSignal): Promise<RecogniseResponse> {
	return postJson(fetcher, '/api/partners/recognise', { text }, recogniseResponseSchema, signal);
}

/** POST /api/partners: ranked partners and funders. */
export function findPartners(fetcher: Fetch, query: PartnersQuery, signal?: AbortSignal): Promise<PartnersResponse> {
	return postJson(fetcher, '/api/partners', query, partnersResponseSchema, signal);
}
