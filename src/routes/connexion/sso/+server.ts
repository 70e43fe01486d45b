import { redirect } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { beginSignIn } from '$lib/server/http/single-sign-on';
import { safeReturnPath } from '$lib/server/http/session-cookie';
import type { RequestHandler } from './$types';

/** GET /connexion/sso?suite=… — off to the OpenID provider; back at /connexion/sso/retour. */
export const GET: RequestHandler = async ({ url, cookies }) => {
	const suite = safeReturnPath(url.searchParams.get('suite'));
	const target = await beginSignIn(env, cookies, url, suite).catch(() => 'unavailable' as const);
	if (target === null) redirect(303, '/connexion?sso=not-configured');
	if (target === 'unavailable') redirect(303, '/connexion?sso=unavailable');
	redirect(303, target.toString());
};
