import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Bearer tokens: the API tokens of accounts and the bootstrap administrator token
 * (`MAILLAGE_ADMIN_TOKEN`, which only opens /api/accounts to create the first accounts). Who may
 * write what is decided in `caller.ts`.
 */

export const REALM = 'maillage';

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
