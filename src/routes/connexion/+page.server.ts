import { redirect } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { signInSchema } from '$lib/domain/accounts';
import * as accounts from '$lib/server/accounts';
import { database } from '$lib/server/db/database';
import { formFailure, formObject, parseForm } from '$lib/server/http/forms';
import { refuseOverRate } from '$lib/server/http/rate-limits';
import { singleSignOnProblemSchema } from '$lib/server/http/single-sign-on';
import { safeReturnPath, startSession } from '$lib/server/http/session-cookie';
import { actWrite } from '$lib/server/http/writes';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url, locals }) => {
	const suite = safeReturnPath(url.searchParams.get('suite'));
	if (locals.identity.caller) redirect(303, suite);
	const problem = singleSignOnProblemSchema.safeParse(url.searchParams.get('sso'));
	return { suite, singleSignOn: accounts.singleSignOnLabel(env), singleSignOnProblem: problem.success ? problem.data : null };
};

export const actions: Actions = {
	default: async ({ request, cookies, url, getClientAddress }) => {
		if (refuseOverRate('signin', getClientAddress())) {
			return formFailure(429, 'Trop de tentatives de connexion depuis votre adresse : attendez une minute.');
		}
		const { fields } = formObject(await request.formData());
		const parsed = parseForm(signInSchema, fields);
		if (parsed.failure) return parsed.failure;
		const { email, password } = parsed.data;
		const result = await actWrite(() => accounts.checkCredentials(database(), email, password, accounts.readAccountSettings(env)), {
			email
		});
		if ('failure' in result) return result.failure;
		await startSession(database(), result.ok.id, cookies, url);
		redirect(303, result.ok.mustChangePassword ? '/compte#mot-de-passe' : safeReturnPath(url.searchParams.get('suite')));
	}
};
