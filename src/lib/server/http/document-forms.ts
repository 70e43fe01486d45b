import {
	documentInputSchema,
	fileMetadataSchema,
	proposalDecisionSchema,
	type Proposal,
	type ProposalDecision
} from '$lib/domain/documents';
import type { Database } from '$lib/server/db/neo4j';
import * as documents from '$lib/server/documents';
import type { Caller } from './caller';
import { parseInput } from './answer';

/**
 * The forms of /documents and /documents/[id] turned into the verbs' input: a document from its
 * text, a saved web page's HTML or a file; a decision on a proposal, with the edits of its form.
 */

export type FormValues = Record<string, string>;

export function valuesOf(form: FormData): FormValues {
	return Object.fromEntries(
		[...form.entries()].filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[0] !== 'csrf')
	);
}

/** Reads the document the add form describes; invalid input is thrown as a 400 naming the field. */
export async function addFromForm(database: Database, caller: Caller, form: FormData) {
	const values = valuesOf(form);
	const author = { id: caller.account.id, name: caller.account.name };
	const file = form.get('file');
	if (values.mode === 'file' && file instanceof File && file.size > 0) {
		return documents.addDocumentFile(database, author, parseInput(fileMetadataSchema, values), file);
	}
	if (values.mode === 'html') {
		const metadata = parseInput(fileMetadataSchema, { ...values, kind: values.kind || 'web-page' });
		const page = new File([values.html ?? ''], 'page-enregistree.html', { type: 'text/html' });
		return documents.addDocumentFile(database, author, metadata, page);
	}
	return documents.addDocument(database, author, parseInput(documentInputSchema, values));
}

/** One end as the edit form gives it: the proposed one, an entity of the graph, or a new one named. */
function endOf(values: FormValues, side: 'from' | 'to', proposal: Proposal) {
	const choice = values[`${side}Choice`] ?? 'proposed';
	if (choice === 'proposed') return undefined;
	if (choice === 'new') return { name: values[`${side}Name`] ?? '', kind: values[`${side}Kind`] ?? proposal[side].kind };
	return { entityId: choice };
}

/** The decision a proposal's form sends: accept, accept with edits, or reject. */
export function decisionFromForm(values: FormValues, proposal: Proposal): ProposalDecision {
	if (values.decision === 'reject') return parseInput(proposalDecisionSchema, { action: 'reject', reason: values.reason || undefined });
	if (values.decision !== 'edit') return parseInput(proposalDecisionSchema, { action: 'accept' });
	const number = (value: string | undefined) =>
		value?.trim() ? Number(value.replace(/[\s\u00a0\u202f]/gu, '').replace(',', '.')) : undefined;
	const edits = {
		...(values.type && values.type !== proposal.type ? { type: values.type } : {}),
		...(endOf(values, 'from', proposal) ? { from: endOf(values, 'from', proposal) } : {}),
		...(endOf(values, 'to', proposal) ? { to: endOf(values, 'to', proposal) } : {}),
		...(values.role !== undefined && values.role !== (proposal.properties.role ?? '') ? { role: values.role } : {}),
		...(number(values.amountEur) !== proposal.properties.amountEur && values.amountEur !== undefined
			? { amountEur: number(values.amountEur) }
			: {}),
		...(number(values.year) !== proposal.properties.year && values.year !== undefined ? { year: number(values.year) } : {})
	};
	return parseInput(proposalDecisionSchema, { action: 'accept', edits, reason: values.reason || undefined });
}
