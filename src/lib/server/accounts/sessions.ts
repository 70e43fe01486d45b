import type { Account } from '$lib/domain/accounts';
import type { Database } from '$lib/server/db/neo4j';
import { statement } from '$lib/server/db/rows';
import { deletedRow, idRow, sessionRow } from '$lib/server/db/rows/accounts';
import { digestOf, newSecret } from './secrets';
import type { AccountSettings } from './settings';
import { opened } from './stored';
import * as vault from './vault';

const CREATE_SESSION = statement('accounts/create-session', idRow);
const GET_SESSION = statement('accounts/get-session', sessionRow);
const DELETE_SESSION = statement('accounts/delete-session', deletedRow);
const DELETE_EXPIRED_SESSIONS = statement('accounts/delete-expired-sessions', deletedRow);

/**
 * A session's CSRF token: derived from its cookie with the server's key, so it is never stored and
 * cannot be computed by another site (which can make a browser send the cookie, never read it).
 */
function csrfOf(cookie: string): string {
	return vault.digest(`csrf:${cookie}`);
}

/** A new session for an account: the cookie value (to send once) and its CSRF token. */
export async function openSession(
	database: Database,
	accountId: string,
	settings: AccountSettings,
	now = new Date()
): Promise<{ cookie: string; csrf: string; expiresAt: Date }> {
	const cookie = newSecret();
	const csrf = csrfOf(cookie);
	const expiresAt = new Date(now.getTime() + settings.SESSION_HOURS * 3_600_000);
	await CREATE_SESSION.write(database, { session: { id: digestOf(cookie), accountId, expiresAt: expiresAt.toISOString() } });
	return { cookie, csrf, expiresAt };
}

/** The account and CSRF token of a session cookie, or null when it is unknown, expired or its account deactivated. */
export async function findSession(
	database: Database,
	cookie: string,
	now = new Date()
): Promise<{ account: Account; csrf: string } | null> {
	const [row] = await GET_SESSION.read(database, { id: digestOf(cookie), now: now.toISOString() });
	return row ? { account: opened(row.account), csrf: csrfOf(cookie) } : null;
}

/** Closes a session (sign-out). */
export async function closeSession(database: Database, cookie: string): Promise<void> {
	await DELETE_SESSION.write(database, { id: digestOf(cookie) });
}

/** Forgets expired sessions; returns how many. */
export async function forgetExpiredSessions(database: Database, now = new Date()): Promise<number> {
	const [row] = await DELETE_EXPIRED_SESSIONS.write(database, { now: now.toISOString() });
	return row?.deleted ?? 0;
}
