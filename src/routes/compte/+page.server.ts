import { passwordChangeSchema, tokenNameSchema } from '$lib/domain/accounts';
import { z } from 'zod';
import * as accounts from '$lib/server/accounts';
import * as changesets from '$lib/server/changesets';
import { database } from '$lib/server/db/database';
import { answer } from '$lib/server/http/answer';
import { authorise } from '$lib/server/http/caller';
import { formFailure, formObject, parseForm } from '$lib/server/http/forms';
import { requirePageRole } from '$lib/server/http/pages';
import { actWrite } from '$lib/server/http/writes';
import type { Actions, PageServerLoad } from './$types';
import { withFirstOperations } from '$lib/domain/changesets';

export const load: PageServerLoad = async (event) => {
	const caller = requirePageRole(event, 'lecteur');
	const id = caller.account.id;
	const [account, tokens, contributions] = await answer(() =>
		Promise.all([
			accounts.getAccount(database(), id),
			accounts.listApiTokens(database(), id),
			changesets.listChangesets(database(), { author: id, limit: 50 })
		])
	);
	return { account: account ?? caller.account, tokens, contributions: contributions.map((changeset) => withFirstOperations(changeset)) };
};

/** Every action acts on the caller's own account, checked with the form's CSRF token. */
async function own(event: Parameters<Actions[string]>[0]) {
	const { fields, csrf } = formObject(await event.request.formData());
	return { fields, caller: authoriseOwn(event, csrf) };
}

/** Like authorise(), but a temporary password does not stop its own change. */
function authoriseOwn(event: Parameters<Actions[string]>[0], csrf: string | null) {
	const caller = event.locals.identity.caller;
	if (caller?.account.mustChangePassword) {
		const relaxed = { ...event.locals.identity, caller: { ...caller, account: { ...caller.account, mustChangePassword: false } } };
		return authorise({ ...event, locals: { ...event.locals, identity: relaxed } }, 'lecteur', csrf);
	}
	return authorise(event, 'lecteur', csrf);
}

export const actions: Actions = {
	password: async (event) => {
		const { fields, caller } = await own(event);
		const parsed = parseForm(passwordChangeSchema, fields);
		if (parsed.failure) return parsed.failure;
		const result = await actWrite(() => accounts.changePassword(database(), caller.account.id, parsed.data.current, parsed.data.next));
		if ('failure' in result) return result.failure;
		return { passwordChanged: true };
	},
	token: async (event) => {
		const { fields, caller } = await own(event);
		if (caller.account.mustChangePassword) return formFailure(403, 'Choisissez d’abord un nouveau mot de passe.');
		const parsed = parseForm(z.object({ name: tokenNameSchema }), fields);
		if (parsed.failure) return parsed.failure;
		const created = await answer(() => accounts.createApiToken(database(), caller.account.id, parsed.data.name));
		return { tokenSecret: created.secret, tokenName: created.token.name };
	},
	revoke: async (event) => {
		const { fields, caller } = await own(event);
		const parsed = parseForm(z.object({ token: z.string().max(40) }), fields);
		if (parsed.failure) return parsed.failure;
		const revoked = await answer(() => accounts.revokeApiToken(database(), caller.account.id, parsed.data.token));
		if (!revoked) return formFailure(404, 'Ce jeton n’existe plus.');
		return { tokenRevoked: true };
	}
};
