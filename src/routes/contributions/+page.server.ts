import { hasRole } from '$lib/domain/accounts';
import { changesetIdSchema } from '$lib/domain/changesets';
import { rejectionSchema, reviewSchema } from '$lib/domain/contributions';
import { z } from 'zod';
import * as changesets from '$lib/server/changesets';
import * as contributions from '$lib/server/contributions';
import { database } from '$lib/server/db/database';
import { answer } from '$lib/server/http/answer';
import { authorise } from '$lib/server/http/caller';
import { formObject, parseForm } from '$lib/server/http/forms';
import { requirePageRole } from '$lib/server/http/pages';
import { actWrite } from '$lib/server/http/writes';
import type { Actions, PageServerLoad } from './$types';
import { withFirstOperations } from '$lib/domain/changesets';

/** Operations a proposal may have to be tried against the graph on each visit of the page. */
const DRY_RUN_MAX = 2_000;

/** Proposals are shown to curators (all of them, with whether they still apply) and to their authors. */
export const load: PageServerLoad = async (event) => {
	const caller = requirePageRole(event, 'contributeur');
	const curator = hasRole(caller.account.role, 'curateur');
	return answer(async () => {
		const pending = curator ? await changesets.listChangesets(database(), { status: 'proposed', limit: 200 }) : [];
		const conflicts = Object.fromEntries(
			await Promise.all(
				// A large proposal (an import) is tried against the graph when it is published, not at each visit of the page.
				pending.map(
					async (changeset) =>
						[
							changeset.id,
							changeset.operations.length > DRY_RUN_MAX ? null : await changesets.conflictsOf(database(), changeset.operations)
						] as const
				)
			)
		);
		// A person's proposals: by the forms, by a spreadsheet, by a document read.
		const mine = (await changesets.listChangesets(database(), { author: caller.account.id, limit: 100 })).filter((changeset) =>
			['contribution', 'import', 'document'].includes(changeset.kind)
		);
		const correctable = Object.fromEntries(
			pending.map((changeset) => [changeset.id, contributions.correctableValues(changeset.operations)])
		);
		return {
			curator,
			pending: pending.map((changeset) => withFirstOperations(changeset)),
			conflicts,
			correctable,
			mine: mine.map((changeset) => withFirstOperations(changeset)),
			proposed: event.url.searchParams.get('propose')
		};
	});
};

const reviewed = z.object({ changeset: changesetIdSchema });

export const actions: Actions = {
	publish: async (event) => {
		const data = await event.request.formData();
		const { fields, csrf } = formObject(data);
		const caller = authorise(event, 'curateur', csrf);
		const parsed = parseForm(reviewed.extend(reviewSchema.shape), { changeset: fields.changeset, note: fields.note });
		if (parsed.failure) return parsed.failure;
		// The correction fields (`op.<index>.<key>`), as typed; only those that differ from the proposal count.
		const typed = Object.fromEntries(
			[...data.entries()]
				.filter(([name, value]) => name.startsWith('op.') && typeof value === 'string')
				.map(([name, value]) => [name.slice(3), String(value)])
		);
		const result = await actWrite(async () => {
			const proposal = await changesets.getChangeset(database(), parsed.data.changeset);
			const edits = proposal ? contributions.changedEdits(proposal.operations, typed) : {};
			return contributions.publishCorrected(database(), caller.account, parsed.data.changeset, edits, parsed.data.note);
		});
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
