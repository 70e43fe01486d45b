import { json } from '@sveltejs/kit';
import { newAccountSchema, passwordSchema } from '$lib/domain/accounts';
import * as accounts from '$lib/server/accounts';
import { database } from '$lib/server/db/database';
import { answer, invalidInput, parseInput } from '$lib/server/http/answer';
import * as entities from '$lib/server/entities';
import { readJsonBody } from '$lib/server/http/body';
import { authorise } from '$lib/server/http/caller';
import { answerWrite } from '$lib/server/http/writes';
import type { RequestEvent } from './$types';

/**
 * The bootstrap administrator token (MAILLAGE_ADMIN_TOKEN) opens these two endpoints only: it
 * creates the first accounts; everything else needs an account.
 */
function administrator(event: RequestEvent): void {
	if (event.locals.identity.bootstrap) return;
	authorise(event, 'administrateur');
}

/** GET /api/accounts — every account (administrators). */
export async function GET(event: RequestEvent) {
	administrator(event);
	const list = await answer(() => accounts.listAccounts(database()));
	return json({ accounts: list });
}

/** POST /api/accounts {email, name, role, organisation?, password?} — creates a local account; 201 with its temporary password when none was given. */
export async function POST(event: RequestEvent) {
	administrator(event);
	const body = parseInput(
		newAccountSchema.extend({ password: passwordSchema.optional() }),
		await readJsonBody(event.request, { allowEmpty: false })
	);
	const { password, ...account } = body;
	if (account.organisationId && !(await answer(() => entities.getEntity(database(), account.organisationId as string)))) {
		invalidInput([{ path: ['organisationId'], message: `aucune entité « ${account.organisationId} »` }]);
	}
	const created = await answerWrite(() => accounts.createAccount(database(), account, password));
	return json(created, { status: 201, headers: { 'Cache-Control': 'no-store' } });
}
