import { createHash, timingSafeEqual } from 'node:crypto';
import { json } from '@sveltejs/kit';
import { ADMIN_TOKEN_MIN_LENGTH, readAdminSettings } from '$lib/server/db/settings';

/**
 * Who may write. Maillage has no accounts: the write endpoints (`POST /api/analysis/write`…)
 * open to whoever presents the administrator token set in `MAILLAGE_ADMIN_TOKEN`, as
 * `Authorization: Bearer <token>`. Without a configured token they answer 403 and say how to
 * configure one; with one, a missing or wrong token gets 401 and a `WWW-Authenticate` challenge.
 */

export const REALM = 'maillage';

/** Why a request may not write: the status, the body every API error has, and the headers. */
export interface Refusal {
	status: 401 | 403;
	body: App.Error;
	headers: Record<string, string>;
}

const HOW_TO_ENABLE =
	`Définissez MAILLAGE_ADMIN_TOKEN dans l'environnement du serveur (${ADMIN_TOKEN_MIN_LENGTH} caractères au moins, ` +
	'par exemple « openssl rand -hex 32 »), redémarrez-le, puis envoyez « Authorization: Bearer <jeton> ».';

/** SHA-256 of each side, compared in constant time: neither the content nor the length leaks through timing. */
export function sameToken(given: string, expected: string): boolean {
	const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
	return timingSafeEqual(digest(given), digest(expected));
}

/** The token of an `Authorization: Bearer <token>` header (scheme in any case), or null. */
export function bearerToken(authorization: string | null): string | null {
	const match = /^Bearer[ \t]+([^\s]+)[ \t]*$/i.exec(authorization ?? '');
	return match ? match[1] : null;
}

/** Null when the request may write; else the refusal to send. `env` is the server's environment. */
export function checkAdministrator(authorization: string | null, env: Record<string, string | undefined>): Refusal | null {
	const { token, problem } = readAdminSettings(env);
	if (token === null) {
		const message = problem
			? `Écritures désactivées : MAILLAGE_ADMIN_TOKEN est inutilisable (${problem}). ${HOW_TO_ENABLE}`
			: `Écritures désactivées : aucun jeton d'administration n'est configuré. ${HOW_TO_ENABLE}`;
		return { status: 403, body: { message, code: 'writes-disabled' }, headers: {} };
	}
	const given = bearerToken(authorization);
	if (given !== null && sameToken(given, token)) return null;
	return {
		status: 401,
		body: {
			message:
				given === null ? 'Jeton d’administration requis : envoyez « Authorization: Bearer <jeton> ».' : 'Jeton d’administration refusé.',
			code: 'unauthorized'
		},
		// RFC 6750: a bare challenge when no token came, `invalid_token` when a wrong one did.
		headers: { 'WWW-Authenticate': given === null ? `Bearer realm="${REALM}"` : `Bearer realm="${REALM}", error="invalid_token"` }
	};
}

/** The refusal as the HTTP answer, or null when the request may write. */
export function refuseUnlessAdministrator(request: Request, env: Record<string, string | undefined>): Response | null {
	const refusal = checkAdministrator(request.headers.get('authorization'), env);
	return refusal && json(refusal.body, { status: refusal.status, headers: { ...refusal.headers, 'Cache-Control': 'no-store' } });
}
