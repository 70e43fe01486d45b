import { redirect } from '@sveltejs/kit';
import { LOCALE_COOKIE, localeSchema } from '$lib/i18n/locales';
import type { RequestHandler } from './$types';

/** GET /langue?l=en&retour=/entite/x — remembers the language for a year and goes back. */
export const GET: RequestHandler = ({ url, cookies }) => {
	const locale = localeSchema.safeParse(url.searchParams.get('l'));
	if (locale.success) cookies.set(LOCALE_COOKIE, locale.data, { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax', httpOnly: false });
	redirect(303, sameSitePath(url.searchParams.get('retour'), url.origin));
};

/**
 * Only paths of this site: never an open redirect. The address is read as a browser reads it,
 * which turns `/\evil.example` or `/<tab>/evil.example` into another host; those go home.
 */
function sameSitePath(back: string | null, origin: string): string {
	if (!back?.startsWith('/')) return '/';
	try {
		const target = new URL(back, origin);
		return target.origin === origin ? `${target.pathname}${target.search}${target.hash}` : '/';
	} catch {
		return '/';
	}
}
