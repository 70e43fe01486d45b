import { error, redirect } from '@sveltejs/kit';
import { hasRole } from '$lib/domain/accounts';
import { entityParamsSchema } from '$lib/domain/entity';
import * as changesets from '$lib/server/changesets';
import { database } from '$lib/server/db/database';
import * as entities from '$lib/server/entities';
import { answer, parseInput } from '$lib/server/http/answer';
import { revertSchema } from '$lib/domain/contributions';
import * as contributions from '$lib/server/contributions';
import { authorise } from '$lib/server/http/caller';
import { formObject, parseForm } from '$lib/server/http/forms';
import { actWrite } from '$lib/server/http/writes';
import type { Actions, PageServerLoad } from './$types';
import { withFirstOperations } from '$lib/domain/changesets';

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
	if (!detail) {
		const hidden = await answer(() => changesets.readHidden(database(), id));
		// A merged duplicate's address leads to the entity it was merged into; a hidden one says so.
		if (hidden?.mergedInto) redirect(308, `/entite/${hidden.mergedInto}`);
		if (hidden)
			error(410, {
				message: `L’entité « ${hidden.name ?? id} » a été masquée : son historique dit par qui et pourquoi (/historique?entity=${id}).`,
				code: 'not-found'
			});
		error(404, { message: `Aucune entité n’a l’identifiant « ${id} ».`, code: 'not-found' });
	}
	return {
		detail,
		history: history.filter((changeset) => changeset.status !== 'rejected').map((changeset) => withFirstOperations(changeset)),
		published: url.searchParams.get('publie')
	};
};

export const actions: Actions = {
	/** A curator hides the entity (a soft delete): reverting the changeset in the history restores it. */
	hide: async (event) => {
		const { id } = parseInput(entityParamsSchema, event.params);
		const { fields, csrf } = formObject(await event.request.formData());
		const caller = authorise(event, 'curateur', csrf);
		const parsed = parseForm(revertSchema, fields);
		if (parsed.failure) return parsed.failure;
		const result = await actWrite(() => contributions.hideEntity(database(), caller.account, id, parsed.data.reason));
		if ('failure' in result) return result.failure;
		redirect(303, `/historique?entity=${encodeURIComponent(id)}`);
	}
};
