import { json } from '@sveltejs/kit';
import { newEntitySchema } from '$lib/domain/contributions';
import * as contributions from '$lib/server/contributions';
import { database } from '$lib/server/db/database';
import { writer } from '$lib/server/http/api-writes';
import { parseInput } from '$lib/server/http/answer';
import { readJsonBody } from '$lib/server/http/body';
import { answerWrite } from '$lib/server/http/writes';
import type { RequestHandler } from './$types';

/** POST /api/entities — a new entity with its source: published for a curator, proposed (202) for a contributeur. */
export const POST: RequestHandler = async (event) => {
	const caller = writer(event, 'contributeur');
	const request = parseInput(newEntitySchema, await readJsonBody(event.request, { allowEmpty: false }));
	const changeset = await answerWrite(() => contributions.createEntity(database(), caller.account, request));
	return json(changeset, { status: changeset.status === 'published' ? 201 : 202 });
};
