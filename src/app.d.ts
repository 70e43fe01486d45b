// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
			/** A stable, machine-readable reason, one of `apiErrorCodes`: `database-unavailable`, `invalid-input`, `not-found`… */
			code: import('$lib/domain/api-error').ApiErrorCode;
		}
		interface Locals {
			locale: import('$lib/i18n/locales').Locale;
			/** The request's id: the proxy's `X-Request-Id` when well-formed, else a fresh UUID; in every log line of the request. */
			requestId: string;
			/** Who is calling (session cookie or API token), found by the hook; anonymous reading needs no one. */
			identity: import('$lib/server/http/caller').Identity;
			/** Set when a write was refused over its rate limit: the hook sends it as Retry-After. */
			retryAfterSeconds?: number;
		}
	}
}

export {};
