import { json } from '@sveltejs/kit';
import { analysisWriteRequestSchema } from '$lib/domain/analysis';
import * as analysis from '$lib/server/analysis';
import { database } from '$lib/server/db/database';
import { writer } from '$lib/server/http/api-writes';
import { answer, invalidInput, parseInput } from '$lib/server/http/answer';
import { readJsonBody } from '$lib/server/http/body';
import type { RequestHandler } from './$types';

/**
 * POST /api/analysis/write {projection, region?, theme?} — curators: computes the analysis again
 * on the server and writes its measures on the nodes, as one changeset of the history.
 */
export const POST: RequestHandler = async (event) => {
	const caller = writer(event, 'curateur');
	// A write is asked for in so many words: an empty body answers 400 rather than writing the default analysis.
	const query = parseInput(analysisWriteRequestSchema, await readJsonBody(event.request, { allowEmpty: false }));
	try {
		const result = await answer(() => analysis.analyse(database(), query));
		return json(await answer(() => analysis.writeMeasures(database(), result, caller.account)));
	} catch (caught) {
		if (caught instanceof analysis.UnknownFilterError) invalidInput([caught.issue]);
		throw caught;
	}
};
