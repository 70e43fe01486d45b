import type { Cookies } from '@sveltejs/kit';
import { z } from 'zod';
import * as accounts from '$lib/server/accounts';
import type { Database } from '$lib/server/db/neo4j';
import { log } from './log';
import { startSession } from './session-cookie';

const { oidc } = accounts;

/** The cookie that carries state, nonce and PKCE verifier from the start of the flow to its return. */
const PENDING_COOKIE = 'maillage_sso';
const PENDING_PATH = '/connexion/sso';
/** Ten minutes to sign in at the provider. */
const PENDING_SECONDS = 600;

const pendingCookieSchema = oidc.pendingSchema.extend({ suite: z.string().max(2_000) });

/** Why a single sign-on failed, as a code the sign-in page turns into a French sentence (never text from the URL). */
export type SingleSignOnProblem = z.infer<typeof singleSignOnProblemSchema>;
export const singleSignOnProblemSchema = z.enum([
	'unavailable',
	'access-denied',
	'provider-refused',
	'state-mismatch',
	'no-email',
	'invalid-claims',
	'failed',
	'account-exists',
	'account-disabled',
	'not-configured'
]);

function cookieOptions(url: URL) {
	const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
	return {
		path: PENDING_PATH,
		httpOnly: true,
		sameSite: 'lax' as const,
		secure: url.protocol === 'https:' || !loopback,
		maxAge: PENDING_SECONDS
	};
}

/** The provider's sign-in address, the pending state kept in its cookie; null when single sign-on is off. */
export async function beginSignIn(env: Record<string, string | undefined>, cookies: Cookies, url: URL, suite: string): Promise<URL | null> {
	const settings = oidc.readOidcSettings(env);
	if (!settings) return null;
	const { url: target, pending } = await oidc.startSignIn(settings, new URL('/connexion/sso/retour', url).toString());
	cookies.set(PENDING_COOKIE, JSON.stringify({ ...pending, suite }), cookieOptions(url));
	return target;
}

/**
 * The return from the provider: checks it against the pending state, finds or creates the account
 * (lecteur until an administrator raises it) and opens a session. Returns where to go next, or
 * the problem to show on the sign-in page.
 */
export async function completeSignIn(
	database: Database,
	env: Record<string, string | undefined>,
	cookies: Cookies,
	url: URL
): Promise<{ suite: string } | { problem: SingleSignOnProblem }> {
	const settings = oidc.readOidcSettings(env);
	if (!settings) return { problem: 'not-configured' };
	const stored = pendingCookieSchema.safeParse(safeJson(cookies.get(PENDING_COOKIE)));
	cookies.delete(PENDING_COOKIE, cookieOptions(url));
	if (!stored.success) return { problem: 'state-mismatch' };
	const { suite, ...pending } = stored.data;
	try {
		const identity = await oidc.finishSignIn(settings, url, pending);
		const account = await accounts.signInWithSingleSignOn(database, identity);
		await startSession(database, account.id, cookies, url);
		return { suite };
	} catch (caught) {
		if (caught instanceof oidc.OidcError) {
			log().warn('single-sign-on-refused', { reason: caught.reason, detail: caught.detail });
			return { problem: caught.reason };
		}
		if (caught instanceof accounts.AccountError) return { problem: caught.status === 409 ? 'account-exists' : 'account-disabled' };
		throw caught;
	}
}

function safeJson(text: string | undefined): unknown {
	if (!text) return null;
	try {
		return JSON.parse(text);
	} catch {
		return null;
	}
}
