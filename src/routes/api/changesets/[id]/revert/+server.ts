import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { changesetIdSchema } from '$lib/domain/changesets';
import { revertSchema } from '$lib/domain/contributions';
import * as changesets from '$lib/server/changesets';
import { database } from '$lib/server/db/database';
import { writer } from '$lib/server/http/api-writes';
import { parseInput } from '$lib/server/http/answer';
import { readJsonBody } from '$lib/server/http/body';
import { answerWrite } from '$lib/server/http/writes';
import type { RequestHandler } from './$types';

/** POST /api/changesets/:id/revert — reverts a published changeset (curators); 409 naming the later change that stands in the way. */
export const POST: RequestHandler = async (event) => {
	const caller = writer(event, 'curateur');
	const { id } = parseInput(z.object({ id: changesetIdSchema }), event.params);
	const body = parseInput(revertSchema, await readJsonBody(event.request));
	return json(
		await answerWrite(() => changesets.revert(database(), { id: caller.account.id, name: caller.account.name }, id, body.reason))
	);
};
