import { json } from '@sveltejs/kit';
import { recogniseRequestSchema } from '$lib/domain/partners';
import { database } from '$lib/server/db/database';
import { answer, parseInput } from '$lib/server/http/answer';
import { readJsonBody } from '$lib/server/http/body';
import * as partners from '$lib/server/partners';
import { refuseOverRate } from '$lib/server/http/rate-limits';
import type { RequestHandler } from './$types';

/** POST /api/partners/recognise — the themes and places a French text names, for the page's chips. */
export const POST: RequestHandler = async ({ request, locals, getClientAddress }) => {
	const limited = refuseOverRate('recognise', getClientAddress());
	if (limited) return limited;
	const { text } = parseInput(recogniseRequestSchema, await readJsonBody(request));
	return json(await answer(() => partners.recognise(database(), text, locals.locale)));
};
