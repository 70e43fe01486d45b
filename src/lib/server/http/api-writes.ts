import { error, type RequestEvent } from '@sveltejs/kit';
import type { Role } from '$lib/domain/accounts';
import { authorise, type Caller } from './caller';
import { rateLimitedBody, refuseOverRate } from './rate-limits';

/**
 * What every write endpoint of the API checks first: the caller's role (and CSRF token for a
 * session), then the write budget of their address (429 past it).
 */
export function writer(event: Pick<RequestEvent, 'locals' | 'request' | 'getClientAddress'>, least: Role): Caller {
	const caller = authorise(event, least);
	const limited = refuseOverRate('writes', event.getClientAddress());
	if (limited) {
		// An error thrown here cannot carry headers: the hook adds Retry-After to the 429 from this.
		const seconds = Number(limited.headers.get('Retry-After') ?? 60);
		event.locals.retryAfterSeconds = seconds;
		error(429, rateLimitedBody(seconds));
	}
	return caller;
}
