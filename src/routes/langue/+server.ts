import { redirect } from '@sveltejs/kit';
import { LOCALE_COOKIE, localeSchema } from '$lib/i18n/locales';
import type { RequestHandler } from './$types';

/** GET /langue?l=en&retour=/entite/x — remembers the language for a year and goes back. */
export const GET: RequestHandler = ({ url, cookies }) => {
	const locale = localeSchema.safeParse(url.searchParams.get('l'));
	if (locale.success) cookies.set(LOCALE_COOKIE, locale.data, { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax', httpOnly: false });
	const back = url.searchParams.get('retour') ?? '/';
	// Only paths of this site: never an open redirect.
	redirect(303, back.startsWith('/') && !back.startsWith('//') ? back : '/');
};
