import { error, fail, isHttpError } from '@sveltejs/kit';
import { hasRole } from '$lib/domain/accounts';
import { acceptAboveSchema, documentParamsSchema } from '$lib/domain/documents';
import { database } from '$lib/server/db/database';
import * as documents from '$lib/server/documents';
import { answer } from '$lib/server/http/answer';
import { authorise } from '$lib/server/http/caller';
import { decisionFromForm, valuesOf } from '$lib/server/http/document-forms';
import { actWrite } from '$lib/server/http/writes';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** A document: its text with what was recognised, its proposals to decide, the facts that came from it. */
export const load: PageServerLoad = async (event) => {
	const { id } =
		documentParamsSchema.safeParse(event.params).data ?? error(404, { message: 'Aucun document à cette adresse.', code: 'not-found' });
	const view = await answer(() => documents.getDocument(database(), id));
	if (!view) error(404, { message: `Aucun document « ${id} ».`, code: 'not-found' });
	const caller = event.locals.identity.caller;
	return {
		view,
		publishes: !!caller && hasRole(caller.account.role, 'curateur'),
		decides: !!caller && hasRole(caller.account.role, 'contributeur')
	};
};

async function acting(event: RequestEvent) {
	const form = await event.request.formData();
	const caller = authorise(event, 'contributeur', String(form.get('csrf') ?? ''));
	return { form, caller, values: valuesOf(form) };
}

export const actions: Actions = {
	/** Accept, accept with edits, or reject one proposal. */
	decide: async (event) => {
		const { caller, values } = await acting(event);
		const view = await answer(() => documents.getDocument(database(), event.params.id));
		const proposal = view?.proposals.find((candidate) => candidate.id === values.proposal);
		if (!view || !proposal) return fail(404, { message: 'Ce fait proposé n’existe pas dans ce document.', values });
		try {
			const decision = decisionFromForm(values, proposal);
			const result = await actWrite(() => documents.decideProposal(database(), caller.account, view.id, proposal.id, decision), values);
			if ('failure' in result) return result.failure;
			const decided = result.ok.view.proposals.find((candidate) => candidate.id === proposal.id)!;
			return { decided: { id: decided.id, status: decided.status, already: !result.ok.changeset && decided.status === 'accepted' } };
		} catch (caught) {
			if (isHttpError(caught)) return fail(caught.status, { message: caught.body.message, values, proposal: proposal.id });
			throw caught;
		}
	},
	/** Accept every pending proposal at or above a confidence. */
	acceptAbove: async (event) => {
		const { caller, values } = await acting(event);
		const parsed = acceptAboveSchema.safeParse({ confidence: Number(values.percent) / 100 });
		if (!parsed.success) return fail(400, { message: 'La confiance doit être un pourcentage entre 0 et 100.', values });
		const result = await actWrite(() => documents.acceptAbove(database(), caller.account, event.params.id, parsed.data.confidence), values);
		if ('failure' in result) return result.failure;
		return { acceptedAbove: { count: result.ok.accepted, failed: result.ok.failed } };
	}
};
