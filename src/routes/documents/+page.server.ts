import { fail, isHttpError, redirect } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { database } from '$lib/server/db/database';
import * as documents from '$lib/server/documents';
import { answer } from '$lib/server/http/answer';
import { authorise } from '$lib/server/http/caller';
import { addFromForm, valuesOf } from '$lib/server/http/document-forms';
import { actWrite } from '$lib/server/http/writes';
import { uploadLimit } from '$lib/server/source-files';
import type { Actions, PageServerLoad } from './$types';

/** The documents read (anyone), and the form to add one (contributeurs and above). */
export const load: PageServerLoad = async () => ({
	documents: await answer(() => documents.listDocuments(database())),
	maxBytes: uploadLimit(env.BODY_SIZE_LIMIT)
});

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const caller = authorise(event, 'contributeur', String(form.get('csrf') ?? ''));
		const values = valuesOf(form);
		let added;
		try {
			added = await actWrite(() => addFromForm(database(), caller, form), values);
		} catch (caught) {
			if (isHttpError(caught)) return fail(caught.status, { message: caught.body.message, values });
			throw caught;
		}
		if ('failure' in added) return added.failure;
		redirect(303, `/documents/${added.ok.id}`);
	}
};
