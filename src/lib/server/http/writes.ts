import { error, type ActionFailure } from '@sveltejs/kit';
import { AccountError } from '$lib/server/accounts';
import { ChangesetStateError, ConflictError } from '$lib/server/changesets';
import { ContributionError, StaleVersionError } from '$lib/server/contributions';
import { DocumentInputError, ProposalStateError, ReadingChangedError } from '$lib/server/documents';
import { answer } from './answer';
import { formFailure, type FormProblem } from './forms';

/**
 * The refusals of a write, each turned into the answer a person or a script can act on: 400 naming
 * the field, 404, 409 with what changed (the current values of a stale edit, the conflicts of a
 * revert), 401/403/423 for accounts. Nothing was written in any of these cases.
 */
export interface WriteRefusal {
	status: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 423;
	body: App.Error & { field?: string; current?: unknown; conflicts?: unknown };
	retryAfterSeconds?: number;
}

/** The refusal an error stands for, or null for an error that is not a refusal (a fault). */
export function refusalOf(caught: unknown): WriteRefusal | null {
	// The entity of the address itself (PATCH /api/entities/:id) is missing: 404, as a read would say.
	if (caught instanceof ContributionError && caught.field === 'id')
		return { status: 404, body: { message: caught.message, code: 'not-found' } };
	if (caught instanceof ContributionError) {
		return {
			status: 400,
			body: { message: `Paramètres invalides — ${caught.field} : ${caught.message}`, code: 'invalid-input', field: caught.field }
		};
	}
	if (caught instanceof DocumentInputError) {
		const status = caught.status === 413 || caught.status === 422 ? caught.status : 400;
		const code = status === 413 ? 'payload-too-large' : 'invalid-input';
		return { status, body: { message: `Document refusé — ${caught.field} : ${caught.message}`, code, field: caught.field } };
	}
	if (caught instanceof ProposalStateError)
		return { status: caught.status, body: { message: caught.message, code: caught.status === 404 ? 'not-found' : 'conflict' } };
	if (caught instanceof ReadingChangedError) return { status: 409, body: { message: caught.message, code: 'conflict' } };
	if (caught instanceof StaleVersionError)
		return { status: 409, body: { message: caught.message, code: 'conflict', current: caught.current } };
	if (caught instanceof ConflictError) {
		return {
			status: 409,
			body: { message: `Rien n’a changé : ${caught.message}`, code: 'conflict', conflicts: caught.conflicts }
		};
	}
	if (caught instanceof ChangesetStateError) {
		return { status: caught.status, body: { message: caught.message, code: caught.status === 404 ? 'not-found' : 'conflict' } };
	}
	if (caught instanceof AccountError) {
		const code = (
			{ 400: 'invalid-input', 401: 'unauthorized', 403: 'forbidden', 404: 'not-found', 409: 'conflict', 423: 'locked-out' } as const
		)[caught.status];
		return {
			status: caught.status,
			body: { message: caught.message, code, ...(caught.field ? { field: caught.field } : {}) },
			...(caught.retryAfterSeconds ? { retryAfterSeconds: caught.retryAfterSeconds } : {})
		};
	}
	return null;
}

/** Runs a write for the API: its refusals become HTTP errors (JSON), database faults 503/504. */
export async function answerWrite<T>(work: () => Promise<T>): Promise<T> {
	try {
		return await answer(work);
	} catch (caught) {
		const refusal = refusalOf(caught);
		if (refusal) error(refusal.status, refusal.body);
		throw caught;
	}
}

/** Runs a write for a form action: a refusal becomes the form's problem (status, message, field), shown by the page. */
export async function actWrite<T>(
	work: () => Promise<T>,
	values: Record<string, unknown> = {}
): Promise<{ ok: T } | { failure: ActionFailure<FormProblem> }> {
	try {
		return { ok: await answer(work) };
	} catch (caught) {
		const refusal = refusalOf(caught);
		if (refusal) return { failure: formFailure(refusal.status, refusal.body.message, values, refusal.body.field) };
		throw caught;
	}
}
