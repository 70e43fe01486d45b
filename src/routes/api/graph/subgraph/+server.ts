import { error, json } from '@sveltejs/kit';
import { subgraphQuerySchema } from '$lib/domain/graph';
import { database } from '$lib/server/database';
import * as explore from '$lib/server/explore';
import { answer, parseInput, searchParamsObject } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** GET /api/graph/subgraph?ids=a,b,c — those entities and every link among them (a shared view). */
export const GET: RequestHandler = async ({ url }) => {
	const query = parseInput(subgraphQuerySchema, searchParamsObject(url));
	const payload = await answer(() => explore.subgraph(database(), query));
	if (!payload) error(404, { message: `No entity with any of the ids "${query.ids.join(',')}"`, code: 'not-found' });
	return json(payload);
};
