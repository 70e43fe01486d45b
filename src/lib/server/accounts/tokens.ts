import type { Account, ApiToken } from '$lib/domain/accounts';
import type { Database } from '$lib/server/db/neo4j';
import { statement } from '$lib/server/db/rows';
import { accountRow, apiTokenRow, deletedRow, keyRow } from '$lib/server/db/rows/accounts';
import { digestOf, newId, newSecret } from './secrets';
import { opened } from './stored';

const CREATE_TOKEN = statement('accounts/create-api-token', apiTokenRow);
const GET_TOKEN = statement('accounts/get-api-token', accountRow);
const TOUCH_TOKEN = statement('accounts/touch-api-token', keyRow);
const LIST_TOKENS = statement('accounts/list-api-tokens', apiTokenRow);
const DELETE_TOKEN = statement('accounts/delete-api-token', deletedRow);

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
