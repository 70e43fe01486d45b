import { randomUUID } from 'node:crypto';
import { json, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import { z } from 'zod';
import { LOCALE_COOKIE, pickLocale } from '$lib/i18n/locales';
import { env } from '$env/dynamic/private';
import { closeDatabase, database } from '$lib/server/db/database';
import { startHousekeeping } from '$lib/server/housekeeping';
import { readAdminSettings } from '$lib/server/db/settings';
import { identify, REALM_CHALLENGE } from '$lib/server/http/caller';
import { unexpectedError } from '$lib/server/http/answer';
import { CROSS_SITE_REFUSAL, isCrossSiteForm } from '$lib/server/http/cross-site';
import { acceptedRequestId, log, requestFields, requestLevel } from '$lib/server/http/log';

// Validation messages reach French users in the pages and the API.
z.config(z.locales.fr());

process.on('sveltekit:shutdown', () => {
	void closeDatabase();
});

/** Expired sessions and anonymous views are forgotten hourly, while the server runs. */
export const init: ServerInit = () => {
	startHousekeeping(database);
};

export const handle: Handle = async ({ event, resolve }) => {
	const started = performance.now();
	// A proxy's id ties our line to its own; without one, ours starts the trail.
	const requestId = acceptedRequestId(event.request.headers.get('x-request-id')) ?? randomUUID();
	event.locals.requestId = requestId;
	const locale = pickLocale(event.cookies.get(LOCALE_COOKIE), event.request.headers.get('accept-language'));
	event.locals.locale = locale;
	event.locals.identity = await identify(database(), event.request, event.cookies, readAdminSettings(env).token);
	const resolved = isCrossSiteForm(event.request, event.url.origin)
		? crossSiteRefusal(event.url.pathname)
		: await resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', locale) });
	const response = answersJson(event.url.pathname) ? jsonErrorOf(resolved) : resolved;
	// A body left unread (a refusal answered before reading it) is read to its end before answering:
	// otherwise Node leaves the rest in the socket, and a client still sending meets a reset instead of
	// the answer. Past BODY_SIZE_LIMIT the read fails, and that socket is closed after the answer.
	const drained = event.request.body === null || event.request.bodyUsed || (await readToEnd(event.request));
	if (response.status === 413 || !drained) response.headers.set('Connection', 'close');
	// RFC 6750: a 401 of the API says how to authenticate, and whether the token sent was refused.
	if (response.status === 401 && event.url.pathname.startsWith('/api/') && !response.headers.has('WWW-Authenticate')) {
		response.headers.set('WWW-Authenticate', REALM_CHALLENGE(event.locals.identity.rejectedBearer));
	}
	if (response.status === 429 && event.locals.retryAfterSeconds && !response.headers.has('Retry-After')) {
		response.headers.set('Retry-After', String(event.locals.retryAfterSeconds));
	}
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

export const handleError: HandleServerError = ({ error, event, status }) => {
	// Refusals of bad input (a malformed address…) are the client's doing: only server faults are logged.
	if (status >= 500) {
		log().error('unhandled-error', {
			route: event.route.id,
			status,
			requestId: event.locals.requestId,
			error: error instanceof Error ? error : String(error)
		});
	}
	// Never leak internals (Cypher, stack traces) to the client.
	return unexpectedError(status, event.locals.requestId);
};

/** Messages for the errors SvelteKit answers itself, before any route runs (malformed path, unknown path, wrong method). */
const FRAMEWORK_ERRORS: Record<number, App.Error> = {
	400: { message: 'Requête invalide : l’adresse est mal formée (un échappement « % » incorrect, par exemple).', code: 'invalid-input' },
	404: { message: 'Point d’accès inconnu : la liste est dans /api/openapi.json.', code: 'not-found' },
	405: { message: 'Méthode non permise pour ce point d’accès : voir /api/openapi.json.', code: 'method-not-allowed' }
};

/**
 * The API answers JSON, errors included: an error SvelteKit rendered as a page or as plain text
 * (before reaching an endpoint) becomes `{ message, code }` with the same status and `Allow`.
 */
function jsonErrorOf(response: Response): Response {
	if (response.status < 400 || response.headers.get('content-type')?.includes('application/json')) return response;
	const body = FRAMEWORK_ERRORS[response.status] ?? { message: `La requête n’a pas abouti (HTTP ${response.status}).`, code: 'error' };
	const allow = response.headers.get('allow');
	return json(body, { status: response.status, headers: allow ? { allow } : {} });
}

/** A form sent from another site: refused before any route, in JSON for the API. */
function crossSiteRefusal(pathname: string): Response {
	if (answersJson(pathname)) return json(CROSS_SITE_REFUSAL, { status: 403 });
	return new Response(CROSS_SITE_REFUSAL.message, { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

/** Paths that answer machines, in JSON, errors included: the API and the health checks. */
function answersJson(pathname: string): boolean {
	return pathname.startsWith('/api/') || pathname === '/healthz' || pathname === '/readyz';
}

/** Reads and drops what is left of a request body; false when it cannot be read (too large, aborted). */
function readToEnd(request: Request): Promise<boolean> {
	return request.arrayBuffer().then(
		() => true,
		() => false
	);
}
