import { redirect, type RequestEvent } from '@sveltejs/kit';
import type { Changeset } from '$lib/domain/changesets';
import type { Caller } from './caller';
import { authorise } from './caller';
import { formObject } from './forms';
import { refuseOverRate } from './rate-limits';
import { formFailure } from './forms';

/**
 * What every contribution form does first: read the fields, check the caller (contributeur or
 * more, with the session's CSRF token) and the write budget of their address.
 */
export async function readContribution(
	event: RequestEvent
): Promise<{ fields: Record<string, unknown>; caller: Caller } | { limited: ReturnType<typeof formFailure> }> {
	if (refuseOverRate('writes', event.getClientAddress()))
		return { limited: formFailure(429, 'Trop de modifications depuis votre adresse : attendez une minute.') };
	const { fields, csrf } = formObject(await event.request.formData());
	return { fields, caller: authorise(event, 'contributeur', csrf) };
}

/** After a contribution: a published one goes to the page that shows it, a proposal to the review queue. */
export function afterContribution(changeset: Changeset, page: string): never {
	if (changeset.status === 'published') redirect(303, `${page}?publie=${changeset.id}`);
	redirect(303, `/contributions?propose=${changeset.id}`);
}
