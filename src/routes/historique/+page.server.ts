import { hasRole } from '$lib/domain/accounts';
import { changesetFiltersSchema, changesetIdSchema } from '$lib/domain/changesets';
import { revertSchema } from '$lib/domain/contributions';
import { z } from 'zod';
import * as changesets from '$lib/server/changesets';
import { database } from '$lib/server/db/database';
import { answer, searchParamsObject } from '$lib/server/http/answer';
import { authorise } from '$lib/server/http/caller';
import { formObject, parseForm } from '$lib/server/http/forms';
import { actWrite } from '$lib/server/http/writes';
import type { Actions, PageServerLoad } from './$types';
import { withFirstOperations } from '$lib/domain/changesets';

/** Anyone reads what was published; proposals and refusals are for curators (and their authors, on /contributions). */
export const load: PageServerLoad = async ({ url, locals }) => {
	const curator = locals.identity.caller ? hasRole(locals.identity.caller.account.role, 'curateur') : false;
	// An empty field of the filter form means « any ».
	const given = Object.fromEntries(Object.entries(searchParamsObject(url)).filter(([, value]) => value !== ''));
	const parsed = changesetFiltersSchema.safeParse(given);
	const filters = parsed.success ? parsed.data : changesetFiltersSchema.parse({});
	const shown = curator ? filters : { ...filters, status: 'published' as const };
	const list = await answer(() => changesets.listChangesets(database(), shown));
	return {
		changesets: list.map((changeset) => withFirstOperations(changeset)),
		filters: shown,
		curator,
		invalid: parsed.success ? null : parsed.error.issues.map((issue) => issue.message).join(' ; ')
	};
};

export const actions: Actions = {
	revert: async (event) => {
		const { fields, csrf } = formObject(await event.request.formData());
		const caller = authorise(event, 'curateur', csrf);
		const parsed = parseForm(z.object({ changeset: changesetIdSchema }).extend(revertSchema.shape), fields);
		if (parsed.failure) return parsed.failure;
		const result = await actWrite(() => changesets.revert(database(), caller.account, parsed.data.changeset, parsed.data.reason));
		if ('failure' in result) return result.failure;
		return { reverted: result.ok.summary };
	}
};
