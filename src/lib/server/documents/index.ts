import { randomBytes } from 'node:crypto';
import { hasRole, type Account } from '$lib/domain/accounts';
import type { Changeset } from '$lib/domain/changesets';
import {
	documentInputSchema,
	type DocumentInput,
	type FileMetadata,
	type DocumentSummary,
	type DocumentView,
	type Proposal,
	type ProposalDecision
} from '$lib/domain/documents';
import { slugify } from '$lib/domain/text';
import { translator } from '$lib/i18n/translator';
import * as changesets from '$lib/server/changesets';
import { ContributionError } from '$lib/server/contributions';
import type { Database } from '$lib/server/db/neo4j';
import { storeSourceFile } from '$lib/server/source-files';
import { edited, planAcceptance } from './accept';
import { ProposalStateError } from './errors';
import { checkDocumentText, DocumentInputError, extractDocument, titleOfFileName } from './extract';
import { currentGazetteer, type Gazetteer } from './reader/gazetteer';
import { readDocument } from './reader/read';
import { createReading, deleteReading, getReading, listReadings, ReadingChangedError, saveReading } from './store';

/**
 * Documents read into proposed facts (issue 15). Adding a document records its :Source (a
 * changeset of kind `document`, whoever adds it: a bibliographic record, not a fact) and keeps
 * its reading; accepting a proposal writes its facts through a changeset citing the document —
 * published at once for a curator, proposed for review for a contributeur.
 */

export { DocumentInputError } from './extract';
export { ReadingChangedError } from './store';
export { ProposalStateError } from './errors';

export interface Author {
	id: string;
	name: string;
}

function newDocumentId(title: string): string {
	return `doc-${slugify(title).slice(0, 48).replace(/-+$/, '') || 'document'}-${randomBytes(3).toString('hex')}`;
}

/** New ends that may be an entity of the graph already: offered as a choice. */
function withSimilar(proposals: Proposal[], gazetteer: Gazetteer): Proposal[] {
	const similarOf = (end: Proposal['from']) => {
		if (end.entityId) return end;
		const similar = gazetteer.similar(end.name);
		return similar.length ? { ...end, similar } : end;
	};
	return proposals.map((proposal) => ({ ...proposal, from: similarOf(proposal.from), to: similarOf(proposal.to) }));
}

/** Reads a text and keeps it: the source recorded, the reading stored. */
export async function addDocument(
	database: Database,
	author: Author,
	input: DocumentInput,
	file?: { upload: string; fileName: string }
): Promise<DocumentView> {
	const checked = documentInputSchema.parse(input);
	const text = checked.text.replace(/\r\n?/g, '\n').normalize('NFC');
	checkDocumentText(text);
	const gazetteer = await currentGazetteer(database);
	const started = performance.now();
	const reading = readDocument(text, gazetteer);
	const id = newDocumentId(checked.title);
	const view: DocumentView = {
		id,
		title: checked.title,
		...(checked.url ? { url: checked.url } : {}),
		...(checked.publisher ? { publisher: checked.publisher } : {}),
		...(checked.publishedAt ? { publishedAt: checked.publishedAt } : {}),
		kind: checked.kind,
		...(file ? { upload: file.upload, fileName: file.fileName } : {}),
		text,
		sections: reading.sections,
		mentions: reading.mentions,
		proposals: withSimilar(reading.proposals, gazetteer),
		addedBy: author,
		addedAt: new Date().toISOString(),
		readingMs: Math.round(performance.now() - started)
	};
	await createReading(database, view);
	try {
		await changesets.commit(database, author, {
			kind: 'document',
			reason: '',
			summary: `lecture du document « ${view.title} » : ${view.proposals.length} faits proposés`,
			sourceId: id,
			operations: [
				{
					op: 'create-entity',
					id,
					labels: ['Source'],
					properties: {
						id,
						name: view.title,
						kind: view.kind,
						document: true,
						...(view.publisher ? { publisher: view.publisher } : {}),
						...(view.publishedAt ? { date: view.publishedAt } : {}),
						...(view.url ? { url: view.url } : {}),
						...(view.upload ? { upload: view.upload } : {})
					}
				}
			]
		});
	} catch (caught) {
		await deleteReading(database, id);
		throw caught;
	}
	return view;
}

/** Extracts a file's text, keeps the file, and reads it; without a title given, the file's own or its name. */
export async function addDocumentFile(database: Database, author: Author, metadata: FileMetadata, file: File): Promise<DocumentView> {
	const bytes = new Uint8Array(await file.arrayBuffer());
	const extracted = await extractDocument(file.name, bytes);
	const upload = await storeSourceFile(file).catch(() => {
		throw new DocumentInputError('file', `le fichier « ${file.name} » ne peut pas être gardé comme source (type de fichier non accepté)`);
	});
	const title = metadata.title ?? extracted.title?.slice(0, 300) ?? titleOfFileName(file.name);
	return addDocument(database, author, { ...metadata, title, text: extracted.text }, { upload, fileName: file.name });
}

export async function listDocuments(database: Database): Promise<DocumentSummary[]> {
	return listReadings(database);
}

export async function getDocument(database: Database, id: string): Promise<DocumentView | null> {
	return (await getReading(database, id))?.view ?? null;
}

/** Changesets are summarised in French, as every changeset is. */
const t = translator('fr');

function summaryOf(title: string, proposal: Proposal): string {
	return `fait lu dans « ${title} » : ${proposal.from.name} ${t(`relationship.${proposal.type}.out`)} ${proposal.to.name}`;
}

/** Accepts (with edits) or rejects one proposal; returns the document as it is now. */
export async function decideProposal(
	database: Database,
	account: Account,
	documentId: string,
	proposalId: string,
	decision: ProposalDecision
): Promise<{ view: DocumentView; changeset: Changeset | null }> {
	const stored = await getReading(database, documentId);
	if (!stored) throw new ProposalStateError(404, `Aucun document « ${documentId} ».`);
	const { view, revision } = stored;
	const index = view.proposals.findIndex((proposal) => proposal.id === proposalId);
	if (index === -1) throw new ProposalStateError(404, `Aucune proposition « ${proposalId} » dans ce document.`);
	const proposal = view.proposals[index];
	if (proposal.status !== 'pending') throw new ProposalStateError(409, `Cette proposition a déjà été traitée (${proposal.status}).`);
	const decided = { decidedBy: { id: account.id, name: account.name }, decidedAt: new Date().toISOString() };
	let changeset: Changeset | null = null;
	if (decision.action === 'reject') {
		view.proposals[index] = { ...proposal, status: 'rejected', ...decided, ...(decision.reason ? { note: decision.reason } : {}) };
	} else {
		const gazetteer = await currentGazetteer(database);
		const plan = await planAcceptance(database, gazetteer, documentId, edited(proposal, decision));
		const publish = hasRole(account.role, 'curateur');
		if (plan.operations.length > 0) {
			const author = { id: account.id, name: account.name };
			const draft: changesets.Draft = {
				kind: 'document',
				reason: decision.reason ?? '',
				summary: summaryOf(view.title, plan.accepted),
				sourceId: documentId,
				operations: plan.operations
			};
			changeset = publish ? await changesets.commit(database, author, draft) : await changesets.propose(database, author, draft);
		}
		const note = plan.alreadyStated
			? 'déjà dans le graphe, avec ce document pour source'
			: Object.keys(decision.edits).length
				? 'accepté avec des modifications'
				: undefined;
		view.proposals[index] = {
			...plan.accepted,
			status: publish || !changeset ? 'accepted' : 'proposed',
			...decided,
			...(changeset ? { changesetId: changeset.id } : {}),
			...(note ? { note } : {})
		};
		// Once published, a new entity is in the graph: the other proposals naming it point at it.
		if (publish)
			for (const created of plan.created)
				view.proposals = view.proposals.map((other) => (other.status !== 'pending' ? other : pointAt(other, created)));
	}
	await saveReading(database, view, revision);
	return { view, changeset };
}

function pointAt(proposal: Proposal, created: { name: string; id: string }): Proposal {
	const end = (current: Proposal['from']) =>
		!current.entityId && current.name === created.name ? { entityId: created.id, name: created.name, kind: current.kind } : current;
	return { ...proposal, from: end(proposal.from), to: end(proposal.to) };
}

/** Accepts every pending proposal at or above a confidence, one changeset each; says which failed and why. */
export async function acceptAbove(
	database: Database,
	account: Account,
	documentId: string,
	confidence: number
): Promise<{ view: DocumentView; accepted: number; failed: { id: string; message: string }[] }> {
	const document = await getDocument(database, documentId);
	if (!document) throw new ProposalStateError(404, `Aucun document « ${documentId} ».`);
	const chosen = document.proposals.filter((proposal) => proposal.status === 'pending' && proposal.confidence >= confidence);
	const failed: { id: string; message: string }[] = [];
	let accepted = 0;
	let view = document;
	for (const proposal of chosen) {
		try {
			view = (await decideProposal(database, account, documentId, proposal.id, { action: 'accept', edits: {} })).view;
			accepted++;
		} catch (caught) {
			if (!(
				caught instanceof ContributionError ||
				caught instanceof ProposalStateError ||
				caught instanceof changesets.ConflictError ||
				caught instanceof ReadingChangedError
			))
				throw caught;
			failed.push({ id: proposal.id, message: caught.message });
		}
	}
	return { view: (await getDocument(database, documentId)) ?? view, accepted, failed };
}
