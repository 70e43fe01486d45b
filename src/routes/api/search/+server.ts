import { json } from '@sveltejs/kit';
import { searchQuerySchema } from '$lib/domain/entity';
import { database } from '$lib/server/db/database';
import { answer, parseInput, searchParamsObject } from '$lib/server/http/answer';
import * as search from '$lib/server/search';
import type { RequestHandler } from './$types';

/** GET /api/search?q=&type=&clusterKind=&limit= — entities by name, accent-insensitive, best first. */
export const GET: RequestHandler = async ({ url }) => {
	const query = parseInput(searchQuerySchema, searchParamsObject(url));
	return json(await answer(() => search.searchEntities(database(), query)));
};
