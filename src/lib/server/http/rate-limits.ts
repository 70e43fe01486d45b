import { json } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { TokenBuckets } from './rate-limit';
import { readRateLimitSettings, type RateLimitedEndpoint } from '$lib/server/db/settings';

/** The body of every 429 for a spent budget, in French like the API's other messages. */
export function rateLimitedBody(retryAfterSeconds: number): App.Error {
	return {
		message: `Trop de demandes depuis votre adresse : réessayez dans ${retryAfterSeconds} s.`,
		code: 'rate-limited'
	};
}

/**
 * The per-client limiters of the expensive endpoints, built from an environment (and a clock, for
 * tests). `check` returns null when the call may go ahead, else the 429 to send.
 *
 * The client is the remote address SvelteKit's `getClientAddress()` gives: behind a reverse proxy
 * that is the proxy's, unless adapter-node is told which header holds the real one
 * (`ADDRESS_HEADER=X-Forwarded-For` and `XFF_DEPTH`, the number of trusted proxies).
 */
export function createRateLimits(env: Record<string, string | undefined>, now?: () => number) {
	const settings = readRateLimitSettings(env);
	const limiters = new Map<RateLimitedEndpoint, TokenBuckets>();
	for (const [endpoint, policy] of Object.entries(settings.policies) as [RateLimitedEndpoint, typeof settings.policies.query][]) {
		if (policy) limiters.set(endpoint, new TokenBuckets(policy, { now, maxClients: settings.maxClients }));
	}
	return {
		check(endpoint: RateLimitedEndpoint, client: string): Response | null {
			const decision = limiters.get(endpoint)?.take(client);
			if (!decision || decision.allowed) return null;
			return json(rateLimitedBody(decision.retryAfterSeconds), {
				status: 429,
				headers: { 'Retry-After': String(decision.retryAfterSeconds) }
			});
		}
	};
}

export type RateLimits = ReturnType<typeof createRateLimits>;

let shared: RateLimits | undefined;

/**
 * The app's limiters, read once from the environment: null when `client` may call `endpoint` now,
 * else the 429 (with Retry-After) to answer. Routes call it first, before reading the body.
 */
export function refuseOverRate(endpoint: RateLimitedEndpoint, client: string): Response | null {
	shared ??= createRateLimits(env);
	return shared.check(endpoint, client);
}
