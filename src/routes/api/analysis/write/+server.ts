import { error, json } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { analysisWriteRequestSchema } from '$lib/domain/analysis';
import * as analysis from '$lib/server/analysis';
import { refuseUnlessAdministrator } from '$lib/server/http/auth';
import { database } from '$lib/server/db/database';
import { answer, parseInput } from '$lib/server/http/answer';
import type { RequestHandler } from './$types';

/**
 * POST /api/analysis/write {projection, region?, theme?} — administrators only: computes the
 * analysis again on the server and writes its measures on the nodes, in one transaction.
 */
export const POST: RequestHandler = async ({ request }) => {
	const refusal = refuseUnlessAdministrator(request, env);
	if (refusal) return refusal;
	const body: unknown = await request
		.json()
		.catch(() => error(400, { message: 'Le corps doit être un objet JSON.', code: 'invalid-input' }));
	const query = parseInput(analysisWriteRequestSchema, body);
	try {
		const result = await answer(() => analysis.analyse(database(), query));
		return json(await answer(() => analysis.writeMeasures(database(), result)));
	} catch (caught) {
		if (caught instanceof analysis.UnknownFilterError) {
			error(400, { message: `Paramètres invalides — ${caught.message}`, code: 'invalid-input' });
		}
		throw caught;
	}
};
