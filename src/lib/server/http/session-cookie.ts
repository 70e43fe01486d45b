import type { Cookies } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import * as accounts from '$lib/server/accounts';
import type { Database } from '$lib/server/db/neo4j';
import { SESSION_COOKIE, sessionCookieOptions } from './caller';

/** Opens a session for an account and sets its cookie. */
export async function startSession(database: Database, accountId: string, cookies: Cookies, url: URL): Promise<void> {
	const session = await accounts.openSession(database, accountId, accounts.readAccountSettings(env));
	cookies.set(SESSION_COOKIE, session.cookie, sessionCookieOptions(url, session.expiresAt));
}

/** Closes the session of the cookie, if any, and removes the cookie. */
export async function endSession(database: Database, cookies: Cookies, url: URL): Promise<void> {
	const cookie = cookies.get(SESSION_COOKIE);
	if (cookie) await accounts.closeSession(database, cookie);
	cookies.delete(SESSION_COOKIE, sessionCookieOptions(url));
}

/** Where to go after signing in: a path of this site only (`/…`, never `//host` or a full URL). */
export function safeReturnPath(value: string | null | undefined, fallback = '/compte'): string {
	return value && /^\/(?![/\\])/.test(value) ? value : fallback;
}
