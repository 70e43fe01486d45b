import { json } from '@sveltejs/kit';
import { newRelationshipSchema } from '$lib/domain/contributions';
import * as contributions from '$lib/server/contributions';
import { database } from '$lib/server/db/database';
import { writer } from '$lib/server/http/api-writes';
import { parseInput } from '$lib/server/http/answer';
import { readJsonBody } from '$lib/server/http/body';
import { answerWrite } from '$lib/server/http/writes';
import type { RequestHandler } from './$types';

/** POST /api/relationships — a new link with its source (or a new source for the same link). */
export const POST: RequestHandler = async (event) => {
	const caller = writer(event, 'contributeur');
	const request = parseInput(newRelationshipSchema, await readJsonBody(event.request, { allowEmpty: false }));
	const changeset = await answerWrite(() => contributions.addRelationship(database(), caller.account, request));
	return json(changeset, { status: changeset.status === 'published' ? 201 : 202 });
};
