import { json } from '@sveltejs/kit';
import { analysisQuerySchema } from '$lib/domain/analysis';
import * as analysis from '$lib/server/analysis';
import { database } from '$lib/server/db/database';
import { answer, invalidInput, parseInput, searchParamsObject } from '$lib/server/http/answer';
import { refuseOverRate } from '$lib/server/http/rate-limits';
import type { RequestHandler } from './$types';

/** GET /api/analysis?projection=&region=&theme= — a projection's measures, communities and figures. */
export const GET: RequestHandler = async ({ url, getClientAddress }) => {
	const limited = refuseOverRate('analysis', getClientAddress());
	if (limited) return limited;
	const query = parseInput(analysisQuerySchema, searchParamsObject(url));
	try {
		return json(await answer(() => analysis.analyse(database(), query)));
	} catch (caught) {
		if (caught instanceof analysis.UnknownFilterError) invalidInput([caught.issue]);
		throw caught;
	}
};
