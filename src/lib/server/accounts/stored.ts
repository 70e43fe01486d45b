import type { Account } from '$lib/domain/accounts';
import type { StoredAccount } from '$lib/server/db/rows/accounts';
import { hashPassword } from './passwords';
import * as vault from './vault';

/** An account as the app uses it: its e-mail opened. */
export function opened({ emailSealed, ...account }: StoredAccount): Account {
	return { ...account, email: vault.open(emailSealed) };
}

/** The lookup key of an e-mail (accounts are found by its digest, never by the e-mail in clear). */
export const emailKey = (email: string) => vault.digest(`email:${email}`);

/** A stored password hash, sealed; opened to verify. */
export const sealedHash = async (password: string) => vault.seal(await hashPassword(password));
export const openedHash = (sealed: string | null) => (sealed === null ? null : vault.open(sealed));
