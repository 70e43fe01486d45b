import type { z } from 'zod';

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

/** The `fetch` of the page (SvelteKit's in a load function, the global one in a component). */
export type Fetch = typeof fetch;

/** Calls a JSON endpoint and checks the answer against its schema, so the view never draws a malformed payload. */
export async function getJson<S extends z.ZodType>(fetcher: Fetch, url: string, schema: S, signal?: AbortSignal): Promise<z.infer<S>> {
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

/** A query string from parameters: lists joined by commas, empty lists and undefined values left out. */
export function query(parameters: Record<string, string | number | readonly string[] | undefined>): string {
	const search = new URLSearchParams();
	for (const [key, value] of Object.entries(parameters)) {
		if (value === undefined) continue;
		if (Array.isArray(value)) {
			if (value.length > 0) search.set(key, value.join(','));
		} else search.set(key, String(value));
	}
	return search.toString();
}
