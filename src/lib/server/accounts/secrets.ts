import { createHash, randomBytes } from 'node:crypto';

/**
 * Session cookies, CSRF tokens and API tokens are random secrets; the database keeps only their
 * SHA-256, so that a copy of the database opens no session and authorises no script. A plain hash
 * suffices here (unlike passwords): the secrets have 256 bits, nothing to guess.
 */

/** 32 random bytes in base64url, after an optional readable prefix (`mlg_` for API tokens). */
export function newSecret(prefix = ''): string {
	return prefix + randomBytes(32).toString('base64url');
}

/** The SHA-256 of a secret, hex: what the database stores and looks up. */
export function digestOf(secret: string): string {
	return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** A short random id (`acc-…`, `tok-…`), hex. */
export function newId(prefix: string): string {
	return `${prefix}-${randomBytes(8).toString('hex')}`;
}
