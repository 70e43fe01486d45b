import { error, json } from '@sveltejs/kit';
import { SAVED_VIEW_MAX_CHARS, savedViewHref } from '$lib/domain/saved-view';
import { viewStateSchema } from '$lib/domain/view';
import { database } from '$lib/server/db/database';
import { answer, parseInput } from '$lib/server/http/answer';
import { refuseOverRate } from '$lib/server/http/rate-limits';
import * as views from '$lib/server/views';
import type { RequestHandler } from './$types';

/**
 * POST /api/views {view state} — saves an explorer view and answers 201 with its id and link.
 * No token: a view is not a fact of the graph (see `$lib/server/views`); size-capped, rate-limited.
 */
export const POST: RequestHandler = async ({ request, getClientAddress }) => {
	const limited = refuseOverRate('views', getClientAddress());
	if (limited) return limited;
	const text = await request.text();
	if (text.length > SAVED_VIEW_MAX_CHARS) {
		error(413, { message: `Vue trop grande : ${text.length} caractères, ${SAVED_VIEW_MAX_CHARS} au plus.`, code: 'too-large' });
	}
	let body: unknown;
	try {
		body = JSON.parse(text);
	} catch {
		error(400, { message: 'Paramètres invalides — input: le corps de la requête doit être un objet JSON', code: 'invalid-input' });
	}
	const state = parseInput(viewStateSchema, body);
	const saved = await answer(() => views.saveView(database(), state));
	const href = savedViewHref(saved.id);
	return json({ ...saved, href }, { status: 201, headers: { Location: `/api/views/${saved.id}` } });
};
