import { database } from '$lib/server/db/database';
import { answer } from '$lib/server/http/answer';
import * as partners from '$lib/server/partners';
import type { PageServerLoad } from './$types';

/** The page needs the theme vocabulary for its picker; the search itself goes through the API. */
export const load: PageServerLoad = async ({ locals }) => ({
	themes: await answer(() => partners.themeChoices(database(), locals.locale))
});
