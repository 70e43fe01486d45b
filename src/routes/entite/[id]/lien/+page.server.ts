import { error } from '@sveltejs/kit';
import { entityParamsSchema } from '$lib/domain/entity';
import { newRelationshipSchema } from '$lib/domain/contributions';
import * as contributions from '$lib/server/contributions';
import { database } from '$lib/server/db/database';
import * as entities from '$lib/server/entities';
import { answer, parseInput } from '$lib/server/http/answer';
import { afterContribution, readContribution } from '$lib/server/http/contribute';
import { parseForm } from '$lib/server/http/forms';
import { requirePageRole } from '$lib/server/http/pages';
import { actWrite } from '$lib/server/http/writes';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requirePageRole(event, 'contributeur');
	const { id } = parseInput(entityParamsSchema, event.params);
	const detail = await answer(() => entities.getEntity(database(), id));
	if (!detail) error(404, { message: `Aucune entité n’a l’identifiant « ${id} ».`, code: 'not-found' });
	return { entity: detail.entity };
};

export const actions: Actions = {
	default: async (event) => {
		const { id } = parseInput(entityParamsSchema, event.params);
		const read = await readContribution(event);
		if ('limited' in read) return read.limited;
		const { direction, other, ...rest } = read.fields;
		// The form asks for the other end and the direction; the link itself goes from one to the other.
		const ends = direction === 'in' ? { from: other, to: id } : { from: id, to: other };
		const parsed = parseForm(newRelationshipSchema, { ...rest, ...ends });
		if (parsed.failure) return parsed.failure;
		const result = await actWrite(() => contributions.addRelationship(database(), read.caller.account, parsed.data), read.fields);
		if ('failure' in result) return result.failure;
		afterContribution(result.ok, `/entite/${id}`);
	}
};
