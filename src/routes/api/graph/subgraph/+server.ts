import { error, json } from '@sveltejs/kit';
import { subgraphGetQuerySchema, subgraphQuerySchema, type SubgraphQuery } from '$lib/domain/graph';
import { database } from '$lib/server/db/database';
import * as explore from '$lib/server/explore';
import { answer, parseInput, searchParamsObject } from '$lib/server/http/answer';
import { readJsonBody } from '$lib/server/http/body';
import type { RequestHandler } from './$types';

async function subgraph(query: SubgraphQuery): Promise<Response> {
	const payload = await answer(() => explore.subgraph(database(), query));
	if (!payload) error(404, { message: `Aucune des entités demandées n’existe (ids : ${query.ids.join(', ')}).`, code: 'not-found' });
	return json(payload);
}

/** GET /api/graph/subgraph?ids=a,b,c — those entities (100 at most) and every link among them (a shared view). */
export const GET: RequestHandler = async ({ url }) => subgraph(parseInput(subgraphGetQuerySchema, searchParamsObject(url)));

/**
 * POST /api/graph/subgraph {ids: [a, b, c]} — the same for views too large for a URL: Node
 * answers 431 past 16 KB of request line, which a thousand ids pass.
 */
export const POST: RequestHandler = async ({ request }) => subgraph(parseInput(subgraphQuerySchema, await readJsonBody(request)));
