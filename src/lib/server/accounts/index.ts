import { randomBytes } from 'node:crypto';
import type { Account, NewAccount, Role } from '$lib/domain/accounts';
import type { Database } from '$lib/server/db/neo4j';
import { statement } from '$lib/server/db/rows';
import {
	accountRow,
	accountWithHashRow,
	countRow,
	credentialsRow,
	deletedRow,
	failureRow,
	idRow,
	listedAccountRow
} from '$lib/server/db/rows/accounts';
import { verifyPassword } from './passwords';
import { emailKey, opened, openedHash, sealedHash } from './stored';
import * as vault from './vault';
import { newId } from './secrets';
import { readOidcSettings } from './oidc';
import type { AccountSettings } from './settings';

export { readAccountSettings, type AccountSettings } from './settings';
export * as oidc from './oidc';
export { closeSession, findSession, forgetExpiredSessions, openSession } from './sessions';
export { createApiToken, findApiToken, listApiTokens, revokeApiToken } from './tokens';

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
const DELETE_ACCOUNT_SESSIONS = statement('accounts/delete-account-sessions', deletedRow);

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
			...(account.organisationId ? { organisationId: account.organisationId } : {}),
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

/** The label of the single sign-on button when OIDC_ISSUER is configured (and valid), else null. */
export function singleSignOnLabel(env: Record<string, string | undefined>): string | null {
	try {
		return readOidcSettings(env)?.label ?? null;
	} catch {
		return null;
	}
}
