import { fail, isHttpError, redirect } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { database } from '$lib/server/db/database';
import { answer } from '$lib/server/http/answer';
import { authorise } from '$lib/server/http/caller';
import { importOptions, sheetFromForm } from '$lib/server/http/imports';
import { requirePageRole } from '$lib/server/http/pages';
import { jobs, mappings } from '$lib/server/imports';
import { uploadLimit } from '$lib/server/source-files';
import type { Actions, PageServerLoad } from './$types';

/** The upload form: a file, what it holds, the cluster of its members, a saved mapping. */
export const load: PageServerLoad = async (event) => {
	const caller = requirePageRole(event, 'contributeur');
	return {
		mappings: await answer(() => mappings.listMappings(database(), caller.account.id)),
		maxBytes: uploadLimit(env.BODY_SIZE_LIMIT)
	};
};

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const caller = authorise(event, 'contributeur', String(form.get('csrf') ?? ''));
		const fields = Object.fromEntries([...form.entries()].filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
		let started;
		try {
			const { file } = await sheetFromForm(form);
			const saved = fields.savedMapping
				? (await mappings.listMappings(database(), caller.account.id)).find((mapping) => mapping.id === fields.savedMapping)
				: undefined;
			const options = await importOptions(database(), { ...fields, ...(saved ? { mapping: JSON.stringify(saved.mapping) } : {}) });
			started = jobs.start(database(), caller.account, file.name, file.bytes, options);
		} catch (caught) {
			if (isHttpError(caught)) return fail(caught.status, { message: caught.body.message, values: fields });
			throw caught;
		}
		if (!started)
			return fail(429, {
				message: `Vous avez déjà ${jobs.MAX_PER_ACCOUNT} imports en cours de lecture : attendez qu’ils finissent.`,
				values: fields
			});
		redirect(303, `/import/${started.id}`);
	}
};
