import { error, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { entityParamsSchema } from '$lib/domain/entity';
import { revertSchema } from '$lib/domain/contributions';
import { entityIdSchema } from '$lib/domain/model';
import * as contributions from '$lib/server/contributions';
import { database } from '$lib/server/db/database';
import * as entities from '$lib/server/entities';
import { answer, parseInput } from '$lib/server/http/answer';
import { authorise } from '$lib/server/http/caller';
import { formObject, parseForm } from '$lib/server/http/forms';
import { requirePageRole } from '$lib/server/http/pages';
import { actWrite, refusalOf } from '$lib/server/http/writes';
import type { Actions, PageServerLoad } from './$types';

/** The entity kept, and, once a duplicate is chosen (`?avec=`), what the merge would change. */
export const load: PageServerLoad = async (event) => {
	requirePageRole(event, 'curateur');
	const { id } = parseInput(entityParamsSchema, event.params);
	const detail = await answer(() => entities.getEntity(database(), id));
	if (!detail) error(404, { message: `Aucune entité n’a l’identifiant « ${id} ».`, code: 'not-found' });
	const other = entityIdSchema.safeParse(event.url.searchParams.get('avec'));
	if (!other.success) return { entity: detail.entity, preview: null, problem: null };
	try {
		const preview = await answer(() => contributions.previewMerge(database(), id, other.data));
		return {
			entity: detail.entity,
			preview: {
				drop: { id: preview.drop.id, name: String(preview.drop.properties.name ?? preview.drop.id) },
				operations: preview.operations
			},
			problem: null
		};
	} catch (caught) {
		const refusal = refusalOf(caught);
		if (refusal) return { entity: detail.entity, preview: null, problem: refusal.body.message };
		throw caught;
	}
};

export const actions: Actions = {
	default: async (event) => {
		const { id } = parseInput(entityParamsSchema, event.params);
		const { fields, csrf } = formObject(await event.request.formData());
		const caller = authorise(event, 'curateur', csrf);
		const parsed = parseForm(z.object({ with: entityIdSchema }).extend(revertSchema.shape), fields);
		if (parsed.failure) return parsed.failure;
		const result = await actWrite(
			() => contributions.mergeEntities(database(), caller.account, id, parsed.data.with, parsed.data.reason),
			fields
		);
		if ('failure' in result) return result.failure;
		redirect(303, `/entite/${encodeURIComponent(id)}?publie=${result.ok.id}`);
	}
};
