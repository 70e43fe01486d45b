import { error } from '@sveltejs/kit';
import { hasRole } from '$lib/domain/accounts';
import { entityParamsSchema } from '$lib/domain/entity';
import * as changesets from '$lib/server/changesets';
import { database } from '$lib/server/db/database';
import * as entities from '$lib/server/entities';
import { answer, parseInput } from '$lib/server/http/answer';
import type { PageServerLoad } from './$types';

/** The entity, and its history: what was published about it (and, for curators, what is proposed). */
export const load: PageServerLoad = async ({ params, locals, url }) => {
	const { id } = parseInput(entityParamsSchema, params);
	const curator = locals.identity.caller ? hasRole(locals.identity.caller.account.role, 'curateur') : false;
	const [detail, history] = await answer(() =>
		Promise.all([
			entities.getEntity(database(), id),
			changesets.listChangesets(database(), { entity: id, limit: 20, ...(curator ? {} : { status: 'published' as const }) })
		])
	);
	if (!detail) error(404, { message: `Aucune entité n’a l’identifiant « ${id} ».`, code: 'not-found' });
	return { detail, history: history.filter((changeset) => changeset.status !== 'rejected'), published: url.searchParams.get('publie') };
};
