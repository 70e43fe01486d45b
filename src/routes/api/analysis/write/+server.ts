import { json } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { analysisWriteRequestSchema } from '$lib/domain/analysis';
import * as analysis from '$lib/server/analysis';
import { refuseUnlessAdministrator } from '$lib/server/http/auth';
import { database } from '$lib/server/db/database';
import { answer, invalidInput, parseInput } from '$lib/server/http/answer';
import { readJsonBody } from '$lib/server/http/body';
import type { RequestHandler } from './$types';

/**
 * POST /api/analysis/write {projection, region?, theme?} — administrators only: computes the
 * analysis again on the server and writes its measures on the nodes, in one transaction.
 */
export const POST: RequestHandler = async ({ request }) => {
	const refusal = refuseUnlessAdministrator(request, env);
	if (refusal) return refusal;
	// A write is asked for in so many words: an empty body answers 400 rather than writing the default analysis.
	const query = parseInput(analysisWriteRequestSchema, await readJsonBody(request, { allowEmpty: false }));
	try {
		const result = await answer(() => analysis.analyse(database(), query));
		return json(await answer(() => analysis.writeMeasures(database(), result)));
	} catch (caught) {
		if (caught instanceof analysis.UnknownFilterError) invalidInput([caught.issue]);
		throw caught;
	}
};
