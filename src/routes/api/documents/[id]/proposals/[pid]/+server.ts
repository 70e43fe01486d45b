import { json } from '@sveltejs/kit';
import { proposalDecisionSchema, proposalParamsSchema } from '$lib/domain/documents';
import { database } from '$lib/server/db/database';
import * as documents from '$lib/server/documents';
import { writer } from '$lib/server/http/api-writes';
import { parseInput } from '$lib/server/http/answer';
import { readJsonBody } from '$lib/server/http/body';
import { answerWrite } from '$lib/server/http/writes';
import type { RequestHandler } from './$types';

/**
 * POST /api/documents/{id}/proposals/{pid} — `{ action: "accept", edits? }` or `{ action: "reject", reason? }`:
 * 200 with the proposal as decided and the changeset written (published for a curator, proposed otherwise).
 */
export const POST: RequestHandler = async (event) => {
	const caller = writer(event, 'contributeur');
	const { id, pid } = parseInput(proposalParamsSchema, event.params);
	const decision = parseInput(proposalDecisionSchema, await readJsonBody(event.request, { allowEmpty: false }));
	const { view, changeset } = await answerWrite(() => documents.decideProposal(database(), caller.account, id, pid, decision));
	return json({ proposal: view.proposals.find((proposal) => proposal.id === pid), changeset });
};
