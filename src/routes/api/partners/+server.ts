import { json } from '@sveltejs/kit';
import { partnersRequestSchema } from '$lib/domain/partners';
import { database } from '$lib/server/db/database';
import { answer, invalidInput, parseInput } from '$lib/server/http/answer';
import { readJsonBody } from '$lib/server/http/body';
import * as partners from '$lib/server/partners';
import { refuseOverRate } from '$lib/server/http/rate-limits';
import type { RequestHandler } from './$types';

/** POST /api/partners — ranked, explained partners and funders for a described project. */
export const POST: RequestHandler = async ({ request, locals, getClientAddress }) => {
	const limited = refuseOverRate('partners', getClientAddress());
	if (limited) return limited;
	const input = parseInput(partnersRequestSchema, await readJsonBody(request));
	try {
		return json(await answer(() => partners.suggestPartners(database(), input, { locale: locals.locale })));
	} catch (caught) {
		if (caught instanceof partners.UnknownEntityError) invalidInput([caught.issue]);
		throw caught;
	}
};
