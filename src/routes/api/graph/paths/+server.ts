import { error, json } from '@sveltejs/kit';
import { pathsRequestSchema } from '$lib/domain/graph';
import { database } from '$lib/server/db/database';
import * as explore from '$lib/server/explore';
import { answer, parseInput, searchParamsObject } from '$lib/server/http/answer';
import type { RequestHandler } from './$types';

/** GET /api/graph/paths?from=&to=&maxLength=&avoid= — every shortest path between two entities. */
export const GET: RequestHandler = async ({ url }) => {
	const query = parseInput(pathsRequestSchema, searchParamsObject(url));
	try {
		return json(await answer(() => explore.findPaths(database(), query)));
	} catch (caught) {
		if (caught instanceof explore.EntityNotFoundError) {
			error(404, { message: `Aucune entité n’a l’identifiant « ${caught.id} » (paramètre ${caught.field}).`, code: 'not-found' });
		}
		throw caught;
	}
};
