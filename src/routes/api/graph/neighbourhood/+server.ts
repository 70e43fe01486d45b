import { error, json } from '@sveltejs/kit';
import { neighbourhoodQuerySchema } from '$lib/domain/graph';
import { database } from '$lib/server/db/database';
import * as explore from '$lib/server/explore';
import { answer, parseInput, searchParamsObject } from '$lib/server/http/answer';
import type { RequestHandler } from './$types';

/** GET /api/graph/neighbourhood?id=&depth=&limit=&types=&kinds= — an entity and its best neighbours. */
export const GET: RequestHandler = async ({ url }) => {
	const query = parseInput(neighbourhoodQuerySchema, searchParamsObject(url));
	const payload = await answer(() => explore.neighbourhood(database(), query));
	if (!payload) error(404, { message: `Aucune entité n’a l’identifiant « ${query.id} ».`, code: 'not-found' });
	return json(payload);
};
