import { error } from '@sveltejs/kit';
import { entityParamsSchema } from '$lib/domain/entity';
import { entityEditSchema } from '$lib/domain/contributions';
import * as contributions from '$lib/server/contributions';
import { editableKeys } from '$lib/server/contributions/editable';
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
	const [detail, version] = await answer(() =>
		Promise.all([entities.getEntity(database(), id), contributions.versionOfEntity(database(), id)])
	);
	if (!detail || !version) error(404, { message: `Aucune entité n’a l’identifiant « ${id} ».`, code: 'not-found' });
	return { entity: detail.entity, version, keys: editableKeys(detail.entity.kind) };
};

export const actions: Actions = {
	default: async (event) => {
		const { id } = parseInput(entityParamsSchema, event.params);
		const read = await readContribution(event);
		if ('limited' in read) return read.limited;
		const { version, citation, reason, ...given } = read.fields;
		const detail = await answer(() => entities.getEntity(database(), id));
		if (!detail) error(404, { message: `Aucune entité n’a l’identifiant « ${id} ».`, code: 'not-found' });
		// Every field of the form counts: one left empty removes the value.
		const changes = Object.fromEntries(editableKeys(detail.entity.kind).map((key) => [key, given[key] ?? '']));
		const parsed = parseForm(entityEditSchema, { version, citation, reason, changes });
		if (parsed.failure) return parsed.failure;
		const request = {
			...parsed.data,
			changes: Object.fromEntries(
				editableKeys(detail.entity.kind).map((key) => [key, (parsed.data.changes as Record<string, unknown>)[key]])
			)
		};
		const result = await actWrite(() => contributions.editEntity(database(), read.caller.account, id, request), read.fields);
		if ('failure' in result) return result.failure;
		afterContribution(result.ok, `/entite/${id}`);
	}
};
