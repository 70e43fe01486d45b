import { error } from '@sveltejs/kit';
import { database } from '$lib/server/db/database';
import { answer } from '$lib/server/http/answer';
import { writer } from '$lib/server/http/api-writes';
import { mappings } from '$lib/server/imports';
import type { RequestHandler } from './$types';

/** DELETE /api/import-mappings/{id} — deletes one of the caller's saved mappings; 204. */
export const DELETE: RequestHandler = async (event) => {
	const caller = writer(event, 'contributeur');
	const deleted = await answer(() => mappings.deleteMapping(database(), caller.account.id, event.params.id));
	if (!deleted) error(404, { message: `Aucun modèle de colonnes « ${event.params.id} » parmi les vôtres.`, code: 'not-found' });
	return new Response(null, { status: 204 });
};
