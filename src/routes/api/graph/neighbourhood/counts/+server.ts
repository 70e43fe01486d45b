import { error, json } from '@sveltejs/kit';
import { neighbourCountsQuerySchema } from '$lib/domain/graph';
import { database } from '$lib/server/db/database';
import * as explore from '$lib/server/explore';
import { answer, parseInput, searchParamsObject } from '$lib/server/http/answer';
import type { RequestHandler } from './$types';

/** GET /api/graph/neighbourhood/counts?id= — an entity's neighbours by kind and its links by type. */
export const GET: RequestHandler = async ({ url }) => {
	const query = parseInput(neighbourCountsQuerySchema, searchParamsObject(url));
	const counts = await answer(() => explore.countNeighbours(database(), query.id));
	if (!counts) error(404, { message: `Aucune entité n’a l’identifiant « ${query.id} ».`, code: 'not-found' });
	return json(counts);
};
