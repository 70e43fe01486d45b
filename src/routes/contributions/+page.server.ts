import { hasRole } from '$lib/domain/accounts';
import { changesetIdSchema } from '$lib/domain/changesets';
import { rejectionSchema, reviewSchema } from '$lib/domain/contributions';
import { z } from 'zod';
import * as changesets from '$lib/server/changesets';
import { database } from '$lib/server/db/database';
import { answer } from '$lib/server/http/answer';
import { authorise } from '$lib/server/http/caller';
import { formObject, parseForm } from '$lib/server/http/forms';
import { requirePageRole } from '$lib/server/http/pages';
import { actWrite } from '$lib/server/http/writes';
import type { Actions, PageServerLoad } from './$types';

/** Proposals are shown to curators (all of them, with whether they still apply) and to their authors. */
export const load: PageServerLoad = async (event) => {
	const caller = requirePageRole(event, 'contributeur');
	const curator = hasRole(caller.account.role, 'curateur');
	return answer(async () => {
		const pending = curator ? await changesets.listChangesets(database(), { status: 'proposed', limit: 200 }) : [];
		const conflicts = Object.fromEntries(
			await Promise.all(
				pending.map(async (changeset) => [changeset.id, await changesets.conflictsOf(database(), changeset.operations)] as const)
			)
		);
		const mine = (await changesets.listChangesets(database(), { author: caller.account.id, limit: 100 })).filter(
			(changeset) => changeset.kind === 'contribution'
		);
		return { curator, pending, conflicts, mine, proposed: event.url.searchParams.get('propose') };
	});
};

const reviewed = z.object({ changeset: changesetIdSchema });

export const actions: Actions = {
	publish: async (event) => {
		const { fields, csrf } = formObject(await event.request.formData());
		const caller = authorise(event, 'curateur', csrf);
		const parsed = parseForm(reviewed.extend(reviewSchema.shape), fields);
		if (parsed.failure) return parsed.failure;
		const result = await actWrite(() => changesets.publish(database(), caller.account, parsed.data.changeset, parsed.data.note));
		if ('failure' in result) return result.failure;
		return { published: result.ok.summary };
	},
	reject: async (event) => {
		const { fields, csrf } = formObject(await event.request.formData());
		const caller = authorise(event, 'curateur', csrf);
		const parsed = parseForm(reviewed.extend(rejectionSchema.shape), fields);
		if (parsed.failure) return parsed.failure;
		const result = await actWrite(() => changesets.reject(database(), caller.account, parsed.data.changeset, parsed.data.note));
		if ('failure' in result) return result.failure;
		return { rejected: result.ok.summary };
	}
};
