// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
			/** A stable, machine-readable reason: `database-unavailable`, `invalid-input`, `not-found`… */
			code?: string;
		}
		interface Locals {
			locale: import('$lib/i18n/locales').Locale;
			/** The request's id: the proxy's `X-Request-Id` when well-formed, else a fresh UUID; in every log line of the request. */
			requestId: string;
		}
	}
}

export {};
