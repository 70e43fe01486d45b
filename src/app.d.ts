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
		}
	}
}

export {};
