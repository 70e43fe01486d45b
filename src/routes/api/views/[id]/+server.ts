import { error, json } from '@sveltejs/kit';
import { savedViewParamsSchema } from '$lib/domain/saved-view';
import { database } from '$lib/server/db/database';
import { answer, parseInput } from '$lib/server/http/answer';
import * as views from '$lib/server/views';
import type { RequestHandler } from './$types';

/** GET /api/views/<id> — a saved explorer view; 404 naming the id when there is none. */
export const GET: RequestHandler = async ({ params }) => {
	const { id } = parseInput(savedViewParamsSchema, params);
	const view = await answer(() => views.loadView(database(), id));
	if (!view) error(404, { message: `Aucune vue enregistrée sous l’identifiant « ${id} ».`, code: 'not-found' });
	return json(view);
};
