import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { hasRole, type Role } from '$lib/domain/accounts';
import type { Caller } from './caller';

/**
 * A page for signed-in people: without a session, off to the sign-in page and back here after;
 * with a role too low, a 403 page that says which role it takes.
 */
export function requirePageRole(event: Pick<RequestEvent, 'locals' | 'url'>, least: Role): Caller {
	const caller = event.locals.identity.caller;
	if (!caller) redirect(303, `/connexion?suite=${encodeURIComponent(event.url.pathname + event.url.search)}`);
	if (!hasRole(caller.account.role, least)) {
		error(403, { message: `Cette page demande le rôle ${least} ou plus ; votre rôle est ${caller.account.role}.`, code: 'forbidden' });
	}
	return caller;
}
