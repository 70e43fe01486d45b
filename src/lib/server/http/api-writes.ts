import { error, type RequestEvent } from '@sveltejs/kit';
import type { Role } from '$lib/domain/accounts';
import { authorise, type Caller } from './caller';
import { refuseOverRate } from './rate-limits';
import { rateLimitedBody } from './rate-limits';

/**
 * What every write endpoint of the API checks first: the caller's role (and CSRF token for a
 * session), then the write budget of their address (429 past it).
 */
export function writer(event: Pick<RequestEvent, 'locals' | 'request' | 'getClientAddress'>, least: Role): Caller {
	const caller = authorise(event, least);
	if (refuseOverRate('writes', event.getClientAddress())) error(429, rateLimitedBody(60));
	return caller;
}
