import { redirect } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { database } from '$lib/server/db/database';
import { answer } from '$lib/server/http/answer';
import { completeSignIn } from '$lib/server/http/single-sign-on';
import type { RequestHandler } from './$types';

/** GET /connexion/sso/retour?code=…&state=… — the provider's answer: a session, or the sign-in page with the problem. */
export const GET: RequestHandler = async ({ url, cookies }) => {
	const outcome = await answer(() => completeSignIn(database(), env, cookies, url));
	if ('problem' in outcome) redirect(303, `/connexion?sso=${outcome.problem}`);
	redirect(303, outcome.suite);
};
