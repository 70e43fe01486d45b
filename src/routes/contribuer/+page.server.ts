import { newEntitySchema } from '$lib/domain/contributions';
import * as contributions from '$lib/server/contributions';
import { database } from '$lib/server/db/database';
import { afterContribution, readContribution } from '$lib/server/http/contribute';
import { parseForm } from '$lib/server/http/forms';
import { requirePageRole } from '$lib/server/http/pages';
import { actWrite } from '$lib/server/http/writes';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requirePageRole(event, 'contributeur');
	return {};
};

export const actions: Actions = {
	default: async (event) => {
		const read = await readContribution(event);
		if ('limited' in read) return read.limited;
		const parsed = parseForm(newEntitySchema, read.fields);
		if (parsed.failure) return parsed.failure;
		const result = await actWrite(() => contributions.createEntity(database(), read.caller.account, parsed.data), read.fields);
		if ('failure' in result) return result.failure;
		const created = result.ok.operations.find((operation) => operation.op === 'create-entity' && !operation.labels.includes('Source'));
		afterContribution(result.ok, `/entite/${created && 'id' in created ? created.id : ''}`);
	}
};
