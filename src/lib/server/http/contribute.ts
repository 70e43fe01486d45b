import { redirect, type RequestEvent } from '@sveltejs/kit';
import type { Changeset } from '$lib/domain/changesets';
import type { Caller } from './caller';
import { authorise } from './caller';
import { formObject } from './forms';
import { refuseOverRate } from './rate-limits';
import { formFailure } from './forms';
import { sourceFileProblem, storeSourceFile } from '$lib/server/source-files';

/**
 * What every contribution form does first: read the fields, check the caller (contributeur or
 * more, with the session's CSRF token) and the write budget of their address.
 */
export async function readContribution(
	event: RequestEvent
): Promise<{ fields: Record<string, unknown>; caller: Caller } | { limited: ReturnType<typeof formFailure> }> {
	if (refuseOverRate('writes', event.getClientAddress()))
		return { limited: formFailure(429, 'Trop de modifications depuis votre adresse : attendez une minute.') };
	const data = await event.request.formData();
	const { fields, csrf } = formObject(data);
	const caller = authorise(event, 'contributeur', csrf);
	// A file given as the new source: checked, kept, and named in the citation.
	const file = data.get(UPLOAD_FIELD);
	if (file instanceof File && file.size > 0) {
		const problem = sourceFileProblem(file);
		if (problem) return { limited: formFailure(400, `Paramètres invalides — ${UPLOAD_FIELD} : ${problem}`, fields, UPLOAD_FIELD) };
		const citation = (fields.citation ??= {}) as Record<string, unknown>;
		const newSource = (citation.newSource ??= {}) as Record<string, unknown>;
		newSource.upload = await storeSourceFile(file);
	}
	return { fields, caller };
}

/** The form field of a file given as a new source. */
export const UPLOAD_FIELD = 'citation.newSource.file';

/** After a contribution: a published one goes to the page that shows it, a proposal to the review queue. */
export function afterContribution(changeset: Changeset, page: string): never {
	if (changeset.status === 'published') redirect(303, `${page}?publie=${changeset.id}`);
	redirect(303, `/contributions?propose=${changeset.id}`);
}
