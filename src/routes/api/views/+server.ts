import { json } from '@sveltejs/kit';
import { SAVED_VIEW_MAX_CHARS, savedViewHref } from '$lib/domain/saved-view';
import { viewStateSchema } from '$lib/domain/view';
import { database } from '$lib/server/db/database';
import { answer, parseInput } from '$lib/server/http/answer';
import { readJsonBody } from '$lib/server/http/body';
import { refuseOverRate } from '$lib/server/http/rate-limits';
import * as views from '$lib/server/views';
import type { RequestHandler } from './$types';

/**
 * POST /api/views {view state} — saves an explorer view and answers 201 with its id and link.
 * No account needed: a view is not a fact of the graph (see `$lib/server/views`); size-capped, rate-limited.
 * Signed in, the view is the person's; anonymous, it expires after 90 days.
 */
export const POST: RequestHandler = async ({ request, getClientAddress, locals }) => {
	const limited = refuseOverRate('views', getClientAddress());
	if (limited) return limited;
	const body = await readJsonBody(request, { maxChars: SAVED_VIEW_MAX_CHARS, tooLarge: 'Vue trop grande', allowEmpty: false });
	const state = parseInput(viewStateSchema, body);
	const saved = await answer(() => views.saveView(database(), state, locals.identity.caller?.account.id ?? null));
	const href = savedViewHref(saved.id);
	return json({ ...saved, href }, { status: 201, headers: { Location: `/api/views/${saved.id}` } });
};
