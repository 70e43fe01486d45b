import { randomBytes } from 'node:crypto';
import type { Account, ApiToken, NewAccount, Role } from '$lib/domain/accounts';
import type { Database } from '$lib/server/db/neo4j';
import { statement } from '$lib/server/db/rows';
import {
	accountRow,
	accountWithHashRow,
	apiTokenRow,
	countRow,
	credentialsRow,
	deletedRow,
	failureRow,
	idRow,
	keyRow,
	listedAccountRow,
	sessionRow,
	type StoredAccount
} from '$lib/server/db/rows/accounts';
import { hashPassword, verifyPassword } from './passwords';
import * as vault from './vault';
import { digestOf, newId, newSecret } from './secrets';
import { readOidcSettings } from './oidc';
import type { AccountSettings } from './settings';

export { readAccountSettings, type AccountSettings } from './settings';
export * as oidc from './oidc';

const CREATE_ACCOUNT = statement('accounts/create-account', accountRow);
const GET_CREDENTIALS = statement('accounts/get-account-credentials', credentialsRow);
const GET_ACCOUNT = statement('accounts/get-account', accountWithHashRow);
const GET_BY_SUBJECT = statement('accounts/get-account-by-subject', accountRow);
const LIST_ACCOUNTS = statement('accounts/list-accounts', listedAccountRow);
const RECORD_FAILURE = statement('accounts/record-sign-in-failure', failureRow);
const RECORD_SIGN_IN = statement('accounts/record-sign-in', idRow);
const SET_PASSWORD = statement('accounts/set-password', idRow);
const UPDATE_ACCOUNT = statement('accounts/update-account', accountRow);
const COUNT_ADMINISTRATORS = statement('accounts/count-administrators', countRow);
const CREATE_SESSION = statement('accounts/create-session', idRow);
const GET_SESSION = statement('accounts/get-session', sessionRow);
const DELETE_SESSION = statement('accounts/delete-session', deletedRow);
const DELETE_ACCOUNT_SESSIONS = statement('accounts/delete-account-sessions', deletedRow);
const DELETE_EXPIRED_SESSIONS = statement('accounts/delete-expired-sessions', deletedRow);
const CREATE_TOKEN = statement('accounts/create-api-token', apiTokenRow);
const GET_TOKEN = statement('accounts/get-api-token', accountRow);
const TOUCH_TOKEN = statement('accounts/touch-api-token', keyRow);
const LIST_TOKENS = statement('accounts/list-api-tokens', apiTokenRow);
const DELETE_TOKEN = statement('accounts/delete-api-token', deletedRow);

/** An account operation refused for a reason the person can act on; `field` names the input at fault. */
export class AccountError extends Error {
	override name = 'AccountError';
	constructor(
		message: string,
		readonly status: 400 | 401 | 403 | 404 | 409 | 423 = 400,
		readonly field?: string,
		readonly retryAfterSeconds?: number
	) {
		super(message);
	}
}

/** An account as the app uses it: its e-mail opened. */
function opened({ emailSealed, ...account }: StoredAccount): Account {
	return { ...account, email: vault.open(emailSealed) };
}

/** The lookup key of an e-mail (accounts are found by its digest, never by the e-mail in clear). */
const emailKey = (email: string) => vault.digest(`email:${email}`);

/** A stored password hash, sealed; opened to verify. */
const sealedHash = async (password: string) => vault.seal(await hashPassword(password));
const openedHash = (sealed: string | null) => (sealed === null ? null : vault.open(sealed));

/** A password an administrator hands over once: 18 random characters, easy to read aloud (no 0/O, 1/l). */
export function temporaryPassword(): string {
	const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
	return [...randomBytes(18)].map((byte) => alphabet[byte % alphabet.length]).join('');
}

/**
 * Creates a local account with a password (given, or a temporary one to hand over, which must be
 * changed at first sign-in). Refuses an e-mail that already has an account.
 */
export async function createAccount(
	database: Database,
	account: NewAccount,
	password?: string
): Promise<{ account: Account; temporaryPassword: string | null }> {
	const existing = await GET_CREDENTIALS.read(database, { emailDigest: emailKey(account.email) });
	if (existing.length > 0) throw new AccountError(`Un compte existe déjà pour ${account.email}.`, 409, 'email');
	const temporary = password === undefined ? temporaryPassword() : null;
	const passwordSealed = await sealedHash(password ?? (temporary as string));
	const [created] = await CREATE_ACCOUNT.write(database, {
		account: {
			id: newId('acc'),
			emailDigest: emailKey(account.email),
			emailSealed: vault.seal(account.email),
			name: account.name,
			role: account.role,
			...(account.organisation ? { organisation: account.organisation } : {}),
			origin: 'local',
			passwordSealed,
			mustChangePassword: temporary !== null
		}
	});
	return { account: opened(created.account), temporaryPassword: temporary };
}

/**
 * Checks an e-mail and password. Every failure says the same thing (no hint of which e-mails have
 * an account); after `SIGN_IN_MAX_FAILURES` in a row the account is locked for a while, and says so.
 */
export async function checkCredentials(
	database: Database,
	email: string,
	password: string,
	settings: AccountSettings,
	now = new Date()
): Promise<Account> {
	const [found] = await GET_CREDENTIALS.read(database, { emailDigest: emailKey(email) });
	if (found?.lockedUntil && found.lockedUntil > now.toISOString()) {
		const seconds = Math.ceil((Date.parse(found.lockedUntil) - now.getTime()) / 1000);
		throw new AccountError(
			`Trop d’échecs de connexion : ce compte est bloqué ${Math.ceil(seconds / 60)} min. Réessayez plus tard, ou demandez à un administrateur de réinitialiser le mot de passe.`,
			423,
			undefined,
			seconds
		);
	}
	const matches = await verifyPassword(openedHash(found?.passwordSealed ?? null), password);
	if (!found || !matches || !found.account.active) {
		if (found && !matches) {
			const lockedUntil = new Date(now.getTime() + settings.SIGN_IN_LOCK_MINUTES * 60_000).toISOString();
			await RECORD_FAILURE.write(database, { emailDigest: emailKey(email), maxFailures: settings.SIGN_IN_MAX_FAILURES, lockedUntil });
		}
		throw new AccountError('E-mail ou mot de passe incorrect, ou compte désactivé.', 401);
	}
	await RECORD_SIGN_IN.write(database, { id: found.account.id });
	return opened(found.account);
}

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

/** One account, or null. */
export async function getAccount(database: Database, id: string): Promise<Account | null> {
	const [row] = await GET_ACCOUNT.read(database, { id });
	return row ? opened(row.account) : null;
}

/** Every account, with how many sessions and tokens each has open. */
export async function listAccounts(database: Database): Promise<{ account: Account; sessions: number; tokens: number }[]> {
	return (await LIST_ACCOUNTS.read(database))
		.map((row) => ({ ...row, account: opened(row.account) }))
		.sort((a, b) => a.account.email.localeCompare(b.account.email));
}

/** A person changes their own password: the current one is checked first; other sessions are closed. */
export async function changePassword(database: Database, accountId: string, current: string, next: string): Promise<void> {
	const [row] = await GET_ACCOUNT.read(database, { id: accountId });
	if (!row) throw new AccountError('Compte inconnu.', 404);
	if (!(await verifyPassword(openedHash(row.passwordSealed), current)))
		throw new AccountError('Le mot de passe actuel est incorrect.', 400, 'current');
	if (current === next) throw new AccountError('Le nouveau mot de passe doit différer de l’actuel.', 400, 'next');
	await SET_PASSWORD.write(database, { id: accountId, passwordSealed: await sealedHash(next), mustChangePassword: false });
}

/**
 * An administrator resets a password (no e-mail server is assumed): a temporary password to hand
 * over, valid for one sign-in that must choose a new one; every open session of the account closes.
 */
export async function resetPassword(database: Database, accountId: string): Promise<string> {
	const account = await getAccount(database, accountId);
	if (!account) throw new AccountError('Compte inconnu.', 404);
	if (account.origin !== 'local')
		throw new AccountError('Ce compte se connecte par connexion unique : il n’a pas de mot de passe ici.', 400);
	const temporary = temporaryPassword();
	await SET_PASSWORD.write(database, { id: accountId, passwordSealed: await sealedHash(temporary), mustChangePassword: true });
	await DELETE_ACCOUNT_SESSIONS.write(database, { accountId });
	return temporary;
}

/**
 * An administrator changes an account's role or deactivates it. The last active administrator can
 * be neither demoted nor deactivated (no one could manage accounts any more); deactivating closes
 * every session.
 */
export async function updateAccount(
	database: Database,
	accountId: string,
	changes: { role?: Role; active?: boolean; name?: string; organisation?: string }
): Promise<Account> {
	const account = await getAccount(database, accountId);
	if (!account) throw new AccountError('Compte inconnu.', 404);
	const losesAdministration =
		account.role === 'administrateur' &&
		account.active &&
		(changes.active === false || (changes.role && changes.role !== 'administrateur'));
	if (losesAdministration) {
		const [{ count }] = await COUNT_ADMINISTRATORS.read(database);
		if (count <= 1) throw new AccountError('C’est le dernier administrateur actif : nommez-en un autre d’abord.', 409, 'role');
	}
	const [row] = await UPDATE_ACCOUNT.write(database, { id: accountId, changes });
	if (changes.active === false) await DELETE_ACCOUNT_SESSIONS.write(database, { accountId });
	return opened(row.account);
}

/** Identity claims of a single sign-on, as the OpenID client validated them. */
export interface SingleSignOnIdentity {
	issuer: string;
	subject: string;
	email: string;
	name: string;
}

/**
 * The account of a single sign-on identity: the one it signed in with before, or a new one with
 * the lecteur role until an administrator raises it. An e-mail already used by a local account is
 * not taken over (that would let a provider sign in as anyone).
 */
export async function signInWithSingleSignOn(database: Database, identity: SingleSignOnIdentity): Promise<Account> {
	const subjectDigest = vault.digest(`subject:${identity.issuer}:${identity.subject}`);
	const [known] = await GET_BY_SUBJECT.read(database, { origin: identity.issuer, subjectDigest });
	if (known) {
		if (!known.account.active) throw new AccountError('Ce compte est désactivé : adressez-vous à un administrateur.', 403);
		await RECORD_SIGN_IN.write(database, { id: known.account.id });
		return opened(known.account);
	}
	const [taken] = await GET_CREDENTIALS.read(database, { emailDigest: emailKey(identity.email) });
	if (taken) {
		throw new AccountError(
			`Un compte local existe déjà pour ${identity.email} : connectez-vous avec son mot de passe, ou demandez à un administrateur de le relier.`,
			409
		);
	}
	const [created] = await CREATE_ACCOUNT.write(database, {
		account: {
			id: newId('acc'),
			emailDigest: emailKey(identity.email),
			emailSealed: vault.seal(identity.email),
			name: identity.name,
			role: 'lecteur',
			origin: identity.issuer,
			subjectDigest,
			mustChangePassword: false
		}
	});
	await RECORD_SIGN_IN.write(database, { id: created.account.id });
	return opened(created.account);
}

/** A new API token for an account: the secret, shown once, and its listing. */
export async function createApiToken(database: Database, accountId: string, name: string): Promise<{ secret: string; token: ApiToken }> {
	const secret = newSecret('mlg_');
	const [row] = await CREATE_TOKEN.write(database, {
		token: { id: digestOf(secret), key: newId('tok'), accountId, name, prefix: secret.slice(0, 10) }
	});
	return { secret, token: row.token };
}

/** The account an API token acts for, or null; notes when it was used. */
export async function findApiToken(database: Database, secret: string): Promise<Account | null> {
	const [row] = await GET_TOKEN.read(database, { id: digestOf(secret) });
	if (!row) return null;
	await TOUCH_TOKEN.write(database, { id: digestOf(secret) });
	return opened(row.account);
}

/** An account's tokens, newest first. */
export async function listApiTokens(database: Database, accountId: string): Promise<ApiToken[]> {
	return (await LIST_TOKENS.read(database, { accountId })).map((row) => row.token);
}

/** Revokes one of an account's tokens; false when it had no such token. */
export async function revokeApiToken(database: Database, accountId: string, tokenId: string): Promise<boolean> {
	const [row] = await DELETE_TOKEN.write(database, { accountId, key: tokenId });
	return (row?.deleted ?? 0) > 0;
}

/** The label of the single sign-on button when OIDC_ISSUER is configured (and valid), else null. */
export function singleSignOnLabel(env: Record<string, string | undefined>): string | null {
	try {
		return readOidcSettings(env)?.label ?? null;
	} catch {
		return null;
	}
}
