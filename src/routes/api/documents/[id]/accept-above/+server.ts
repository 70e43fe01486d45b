import { json } from '@sveltejs/kit';
import { acceptAboveSchema, documentParamsSchema } from '$lib/domain/documents';
import { database } from '$lib/server/db/database';
import * as documents from '$lib/server/documents';
import { writer } from '$lib/server/http/api-writes';
import { parseInput } from '$lib/server/http/answer';
import { readJsonBody } from '$lib/server/http/body';
import { answerWrite } from '$lib/server/http/writes';
import type { RequestHandler } from './$types';

/** POST /api/documents/{id}/accept-above — `{ confidence }`: accepts every pending proposal at or above it. */
export const POST: RequestHandler = async (event) => {
	const caller = writer(event, 'contributeur');
	const { id } = parseInput(documentParamsSchema, event.params);
	const { confidence } = parseInput(acceptAboveSchema, await readJsonBody(event.request, { allowEmpty: false }));
	const result = await answerWrite(() => documents.acceptAbove(database(), caller.account, id, confidence));
	return json({ accepted: result.accepted, failed: result.failed, proposals: result.view.proposals });
};
