import { json } from '@sveltejs/kit';
import { mergeRequestSchema } from '$lib/domain/contributions';
import { entityParamsSchema } from '$lib/domain/entity';
import * as contributions from '$lib/server/contributions';
import { database } from '$lib/server/db/database';
import { writer } from '$lib/server/http/api-writes';
import { parseInput } from '$lib/server/http/answer';
import { readJsonBody } from '$lib/server/http/body';
import { answerWrite } from '$lib/server/http/writes';
import type { RequestHandler } from './$types';

/**
 * POST /api/entities/:id/merge {with, reason, dryRun?} — curators merge the duplicate `with` into
 * this entity; `dryRun: true` answers the operations it would apply, and writes nothing.
 */
export const POST: RequestHandler = async (event) => {
	const caller = writer(event, 'curateur');
	const { id } = parseInput(entityParamsSchema, event.params);
	const request = parseInput(mergeRequestSchema, await readJsonBody(event.request, { allowEmpty: false }));
	if (request.dryRun) {
		const { operations } = await answerWrite(() => contributions.previewMerge(database(), id, request.with));
		return json({ operations });
	}
	return json(await answerWrite(() => contributions.mergeEntities(database(), caller.account, id, request.with, request.reason)));
};
