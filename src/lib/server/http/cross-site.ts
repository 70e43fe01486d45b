/**
 * The origin check on forms, made here rather than by SvelteKit (svelte.config.js turns its own
 * off): a form-typed write from another site is refused, as SvelteKit would, but a script that
 * authenticates with an API token may send a file without an `Origin` header. A browser adds no
 * `Authorization` header to another site's form, and sends none cross-site from a script without
 * the CORS permission this site never gives: a token is proof enough that no foreign page sent it.
 */

/** The content types a plain HTML form can send (SvelteKit adds its own for remote functions). */
const FORM_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain', 'application/x-sveltekit-formdata']);
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Whether to refuse this request: a form-typed write from another origin, with no API token. */
export function isCrossSiteForm(request: Request, siteOrigin: string): boolean {
	if (!WRITES.has(request.method)) return false;
	const type = (request.headers.get('content-type') ?? '').split(';', 1)[0].trim().toLowerCase();
	if (!FORM_TYPES.has(type)) return false;
	if (request.headers.get('origin') === siteOrigin) return false;
	return !/^Bearer\s+\S/iu.test(request.headers.get('authorization') ?? '');
}

/** The refusal, in French; `code` for the API's JSON answers. */
export const CROSS_SITE_REFUSAL = {
	message:
		'Formulaire envoyé depuis un autre site : refusé (protection CSRF). Depuis ce site, rechargez la page ; un script s’authentifie par « Authorization: Bearer <jeton d’API> ».',
	code: 'csrf-failed'
} as const;
