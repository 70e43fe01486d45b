import { error, json } from '@sveltejs/kit';
import { entityParamsSchema } from '$lib/domain/entity';
import { database } from '$lib/server/db/database';
import * as entities from '$lib/server/entities';
import { answer, parseInput } from '$lib/server/http/answer';
import type { RequestHandler } from './$types';

/** GET /api/entities/:id — an entity, its sources and its direct relationships. */
export const GET: RequestHandler = async ({ params }) => {
	const { id } = parseInput(entityParamsSchema, params);
	const detail = await answer(() => entities.getEntity(database(), id));
	if (!detail) error(404, { message: `Aucune entité n’a l’identifiant « ${id} ».`, code: 'not-found' });
	return json(detail);
};
