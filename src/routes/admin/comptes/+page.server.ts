import { z } from 'zod';
import { accountIdSchema, newAccountSchema, roleSchema } from '$lib/domain/accounts';
import * as accounts from '$lib/server/accounts';
import { database } from '$lib/server/db/database';
import { answer } from '$lib/server/http/answer';
import { authorise } from '$lib/server/http/caller';
import { formFailure, formObject, parseForm } from '$lib/server/http/forms';
import * as entities from '$lib/server/entities';
import { requirePageRole } from '$lib/server/http/pages';
import { actWrite } from '$lib/server/http/writes';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requirePageRole(event, 'administrateur');
	return { accounts: await answer(() => accounts.listAccounts(database())) };
};

/** Every action: an administrator, with the form's CSRF token; its fields parsed. */
async function administrator(event: Parameters<Actions[string]>[0]) {
	const { fields, csrf } = formObject(await event.request.formData());
	authorise(event, 'administrateur', csrf);
	return fields;
}

const targetSchema = z.object({ account: accountIdSchema });

export const actions: Actions = {
	create: async (event) => {
		const parsed = parseForm(newAccountSchema, await administrator(event));
		if (parsed.failure) return parsed.failure;
		const organisationId = parsed.data.organisationId;
		if (organisationId && !(await answer(() => entities.getEntity(database(), organisationId)))) {
			return formFailure(
				400,
				`Aucune entité « ${organisationId} » : choisissez l’organisation dans la liste.`,
				parsed.data,
				'organisationId'
			);
		}
		const result = await actWrite(() => accounts.createAccount(database(), parsed.data), parsed.data);
		if ('failure' in result) return result.failure;
		return { created: { email: result.ok.account.email, password: result.ok.temporaryPassword } };
	},
	role: async (event) => {
		const parsed = parseForm(targetSchema.extend({ role: roleSchema }), await administrator(event));
		if (parsed.failure) return parsed.failure;
		const result = await actWrite(() => accounts.updateAccount(database(), parsed.data.account, { role: parsed.data.role }));
		if ('failure' in result) return result.failure;
		return { updated: result.ok.email };
	},
	active: async (event) => {
		const parsed = parseForm(targetSchema.extend({ active: z.enum(['true', 'false']) }), await administrator(event));
		if (parsed.failure) return parsed.failure;
		const result = await actWrite(() => accounts.updateAccount(database(), parsed.data.account, { active: parsed.data.active === 'true' }));
		if ('failure' in result) return result.failure;
		return { updated: result.ok.email };
	},
	reset: async (event) => {
		const parsed = parseForm(targetSchema, await administrator(event));
		if (parsed.failure) return parsed.failure;
		const result = await actWrite(async () => {
			const password = await accounts.resetPassword(database(), parsed.data.account);
			return { password, account: await accounts.getAccount(database(), parsed.data.account) };
		});
		if ('failure' in result) return result.failure;
		return { reset: { email: result.ok.account?.email ?? '', password: result.ok.password } };
	}
};
