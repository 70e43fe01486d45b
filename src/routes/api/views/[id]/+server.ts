import { error, json } from '@sveltejs/kit';
import { hasRole } from '$lib/domain/accounts';
import { savedViewParamsSchema } from '$lib/domain/saved-view';
import { authorise } from '$lib/server/http/caller';
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

/** DELETE /api/views/<id> — its owner or a curator deletes a saved view; 204. */
export const DELETE: RequestHandler = async (event) => {
	const { id } = parseInput(savedViewParamsSchema, event.params);
	const caller = authorise(event, 'lecteur');
	const owner = await answer(() => views.viewOwner(database(), id));
	if (owner === undefined) error(404, { message: `Aucune vue enregistrée sous l’identifiant « ${id} ».`, code: 'not-found' });
	if (owner !== caller.account.id && !hasRole(caller.account.role, 'curateur')) {
		error(403, { message: 'Seul l’auteur de cette vue, ou un curateur, peut la supprimer.', code: 'forbidden' });
	}
	await answer(() => views.deleteView(database(), id));
	return new Response(null, { status: 204 });
};
