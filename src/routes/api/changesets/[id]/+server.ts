import { error, json } from '@sveltejs/kit';
import { z } from 'zod';
import { hasRole } from '$lib/domain/accounts';
import { changesetIdSchema } from '$lib/domain/changesets';
import * as changesets from '$lib/server/changesets';
import { database } from '$lib/server/db/database';
import { answer, parseInput } from '$lib/server/http/answer';
import type { RequestHandler } from './$types';

/** GET /api/changesets/:id — one changeset; a proposal or a refusal only for curators and its author. */
export const GET: RequestHandler = async ({ params, locals }) => {
	const { id } = parseInput(z.object({ id: changesetIdSchema }), params);
	const changeset = await answer(() => changesets.getChangeset(database(), id));
	const caller = locals.identity.caller;
	const visible =
		changeset &&
		(changeset.status === 'published' ||
			(caller && (hasRole(caller.account.role, 'curateur') || caller.account.id === changeset.author.id)));
	if (!changeset || !visible) error(404, { message: `Aucun changement « ${id} ».`, code: 'not-found' });
	return json(changeset);
};
