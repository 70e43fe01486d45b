import { randomUUID } from 'node:crypto';
import type { Handle, HandleServerError } from '@sveltejs/kit';
import { z } from 'zod';
import { LOCALE_COOKIE, pickLocale } from '$lib/i18n/locales';
import { closeDatabase } from '$lib/server/database';
import { acceptedRequestId, log, requestFields, requestLevel } from '$lib/server/log';

// Validation messages reach French users in the pages and the API.
z.config(z.locales.fr());

process.on('sveltekit:shutdown', () => {
	void closeDatabase();
});

export const handle: Handle = async ({ event, resolve }) => {
	const started = performance.now();
	// A proxy's id ties our line to its own; without one, ours starts the trail.
	const requestId = acceptedRequestId(event.request.headers.get('x-request-id')) ?? randomUUID();
	event.locals.requestId = requestId;
	const locale = pickLocale(event.cookies.get(LOCALE_COOKIE), event.request.headers.get('accept-language'));
	event.locals.locale = locale;
	const response = await resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', locale) });
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	response.headers.set('X-Frame-Options', 'DENY');
	response.headers.set('X-Request-Id', requestId);
	// The route id (`/api/entities/[id]`), never the URL: no search text or parameters in the logs.
	log()[requestLevel(event.route.id, response.status)](
		'request',
		requestFields(event, response.status, performance.now() - started, requestId)
	);
	return response;
};

export const handleError: HandleServerError = ({ error, event, status, message }) => {
	if (status !== 404) {
		log().error('unhandled-error', {
			route: event.route.id,
			status,
			requestId: event.locals.requestId,
			error: error instanceof Error ? error : String(error)
		});
	}
	// Never leak internals (Cypher, stack traces) to the client.
	return { message: status === 404 ? 'Page introuvable.' : message, code: status === 404 ? 'not-found' : 'internal' };
};
