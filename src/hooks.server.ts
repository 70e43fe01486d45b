import type { Handle, HandleServerError } from '@sveltejs/kit';
import { z } from 'zod';
import { LOCALE_COOKIE, pickLocale } from '$lib/i18n/locales';
import { closeDatabase } from '$lib/server/database';

// Validation messages reach French users in the pages and the API.
z.config(z.locales.fr());

process.on('sveltekit:shutdown', () => {
	void closeDatabase();
});

export const handle: Handle = async ({ event, resolve }) => {
	const locale = pickLocale(event.cookies.get(LOCALE_COOKIE), event.request.headers.get('accept-language'));
	event.locals.locale = locale;
	const response = await resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', locale) });
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	response.headers.set('X-Frame-Options', 'DENY');
	return response;
};

export const handleError: HandleServerError = ({ error, event, status, message }) => {
	if (status !== 404) {
		console.error(
			JSON.stringify({
				level: 'error',
				event: 'unhandled-error',
				route: event.route.id,
				status,
				error: error instanceof Error ? error.message : String(error)
			})
		);
	}
	// Never leak internals (Cypher, stack traces) to the client.
	return { message: status === 404 ? 'Page introuvable.' : message, code: status === 404 ? 'not-found' : 'internal' };
};
