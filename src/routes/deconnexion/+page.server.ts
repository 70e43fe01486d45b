import { redirect } from '@sveltejs/kit';
import { database } from '$lib/server/db/database';
import { endSession } from '$lib/server/http/session-cookie';
import { answer } from '$lib/server/http/answer';
import type { Actions, PageServerLoad } from './$types';

/** Signing out is a POST (a link could be followed by anyone's page); a GET just goes home. */
export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async ({ cookies, url }) => {
		await answer(() => endSession(database(), cookies, url));
		redirect(303, '/');
	}
};
