import { json } from '@sveltejs/kit';
import { revertSchema } from '$lib/domain/contributions';
import { entityParamsSchema } from '$lib/domain/entity';
import * as contributions from '$lib/server/contributions';
import { database } from '$lib/server/db/database';
import { writer } from '$lib/server/http/api-writes';
import { parseInput } from '$lib/server/http/answer';
import { readJsonBody } from '$lib/server/http/body';
import { answerWrite } from '$lib/server/http/writes';
import type { RequestHandler } from './$types';

/** POST /api/entities/:id/hide {reason} — curators hide an entity with its links (restored by reverting the changeset). */
export const POST: RequestHandler = async (event) => {
	const caller = writer(event, 'curateur');
	const { id } = parseInput(entityParamsSchema, event.params);
	const { reason } = parseInput(revertSchema, await readJsonBody(event.request, { allowEmpty: false }));
	return json(await answerWrite(() => contributions.hideEntity(database(), caller.account, id, reason)));
};
