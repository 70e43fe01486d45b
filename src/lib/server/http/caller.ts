import { error, type Cookies, type RequestEvent } from '@sveltejs/kit';
import { hasRole, type Account, type Role, type Viewer } from '$lib/domain/accounts';
import * as accounts from '$lib/server/accounts';
import type { Database } from '$lib/server/db/neo4j';
import { DatabaseUnavailableError } from '$lib/server/db/neo4j';
import { bearerToken, REALM, sameToken } from './auth';

/**
 * Who is calling. Reading needs no one; a write needs a caller, identified by either
 * - a session cookie (the pages), whose writes also carry the session's CSRF token, in the
 *   `X-CSRF-Token` header or a form's `csrf` field: another site can make a browser send the
 *   cookie, never read the token; or
 * - an API token (`Authorization: Bearer mlg_…`), for scripts: no cookie, so no CSRF to fear.
 */

export const SESSION_COOKIE = 'maillage_session';
export const CSRF_HEADER = 'x-csrf-token';
export const CSRF_FIELD = 'csrf';

export interface Caller {
	account: Account;
	via: 'session' | 'token';
	/** The session's CSRF token; null for an API token. */
	csrf: string | null;
}

/** What the hook found: a caller, or why there is none. */
export interface Identity {
	caller: Caller | null;
	/** A Bearer token was sent and matched nothing: answer 401 invalid_token rather than "sign in". */
	rejectedBearer: boolean;
	/** The bootstrap administrator token (MAILLAGE_ADMIN_TOKEN) was presented and is right. */
	bootstrap: boolean;
	/** The database could not be asked: writes answer 503, reads go on anonymously. */
	unavailable: boolean;
}

/** The `WWW-Authenticate` of a 401: a bare challenge, or `invalid_token` when the token sent was refused. */
export const REALM_CHALLENGE = (rejected: boolean) =>
	rejected ? `Bearer realm="${REALM}", error="invalid_token"` : `Bearer realm="${REALM}"`;

const NOBODY: Identity = { caller: null, rejectedBearer: false, bootstrap: false, unavailable: false };

/** Identifies the caller of a request from its Authorization header or session cookie. */
export async function identify(database: Database, request: Request, cookies: Cookies, adminToken: string | null): Promise<Identity> {
	try {
		const bearer = bearerToken(request.headers.get('authorization'));
		if (bearer !== null) {
			if (adminToken !== null && sameToken(bearer, adminToken)) return { ...NOBODY, bootstrap: true };
			const account = bearer.startsWith('mlg_') ? await accounts.findApiToken(database, bearer) : null;
			return account ? { ...NOBODY, caller: { account, via: 'token', csrf: null } } : { ...NOBODY, rejectedBearer: true };
		}
		const cookie = cookies.get(SESSION_COOKIE);
		if (!cookie) return NOBODY;
		const session = await accounts.findSession(database, cookie);
		return session ? { ...NOBODY, caller: { account: session.account, via: 'session', csrf: session.csrf } } : NOBODY;
	} catch (caught) {
		if (caught instanceof DatabaseUnavailableError) return { ...NOBODY, unavailable: true };
		throw caught;
	}
}

/** The signed-in person as the pages see them, or null. */
export function viewerOf(identity: Identity): Viewer | null {
	const caller = identity.caller;
	if (!caller) return null;
	const { id, email, name, role } = caller.account;
	return { id, email, name, role, csrf: caller.csrf };
}

const ROLE_WORDS: Record<Role, string> = {
	lecteur: 'lecteur',
	contributeur: 'contributeur ou plus',
	curateur: 'curateur ou administrateur',
	administrateur: 'administrateur'
};

/**
 * The caller, if they may do what needs `least`; else answers 401 (no one, or a bad token), 403
 * (a role too low, a missing CSRF token, a password to change first) or 503 (database down).
 * `csrfToken` is the form's field; API calls send the header instead.
 */
export function authorise(
	event: Pick<RequestEvent, 'locals' | 'request'>,
	least: Role,
	csrfToken?: string | null | typeof READ_ONLY
): Caller {
	const identity = event.locals.identity;
	if (identity.unavailable)
		error(503, { message: 'La base de données ne répond pas : impossible de vérifier votre session.', code: 'database-unavailable' });
	const caller = identity.caller;
	if (!caller) {
		error(401, {
			message: identity.rejectedBearer
				? 'Jeton d’API refusé : il est inconnu, révoqué, ou son compte est désactivé.'
				: 'Connexion requise : connectez-vous (/connexion) ou envoyez « Authorization: Bearer <jeton d’API> ».',
			code: 'unauthorized'
		});
	}
	if (caller.via === 'session' && csrfToken !== READ_ONLY) {
		const given = csrfToken ?? event.request.headers.get(CSRF_HEADER);
		if (!given || !caller.csrf || !sameToken(given, caller.csrf)) {
			error(403, { message: 'Jeton anti-CSRF absent ou périmé : rechargez la page et recommencez.', code: 'csrf-failed' });
		}
	}
	if (caller.account.mustChangePassword) {
		error(403, { message: 'Choisissez d’abord un nouveau mot de passe (/compte).', code: 'forbidden' });
	}
	if (!hasRole(caller.account.role, least)) {
		error(403, {
			message: `Votre rôle (${caller.account.role}) ne le permet pas : il faut être ${ROLE_WORDS[least]}.`,
			code: 'forbidden'
		});
	}
	return caller;
}

/** Marks a read that needs an account but no CSRF token: it changes nothing, and another site cannot read its answer. */
const READ_ONLY = Symbol('read-only');

/**
 * The caller of a read reserved to accounts (a person's own imports): as `authorise`, without the
 * CSRF token a write needs.
 */
export function reader(event: Pick<RequestEvent, 'locals' | 'request'>, least: Role): Caller {
	return authorise(event, least, READ_ONLY);
}

/** The session cookie's attributes: HttpOnly, SameSite=Lax, Secure except over plain http on loopback (local use, tests). */
export function sessionCookieOptions(url: URL, expires?: Date) {
	const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
	return {
		path: '/',
		httpOnly: true,
		sameSite: 'lax' as const,
		secure: url.protocol === 'https:' || !loopback,
		...(expires ? { expires } : {})
	};
}
