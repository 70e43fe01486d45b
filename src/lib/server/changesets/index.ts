import { randomBytes } from 'node:crypto';
import {
	entitiesOf,
	inverseOf,
	type Changeset,
	type ChangesetFilters,
	type ChangesetKind,
	type Conflict,
	type Operation
} from '$lib/domain/changesets';
import type { Database, StatementRunner } from '$lib/server/db/neo4j';
import { statement } from '$lib/server/db/rows';
import { changesetRow, entityIdRow } from '$lib/server/db/rows/changesets';
import { applyOperations, ConflictError } from './apply';

export { ConflictError, readEntities, readHidden, readProperties, readRelationships, sameValue } from './apply';

const CREATE_CHANGESET = statement('changesets/create-changeset', entityIdRow);
const UPDATE_CHANGESET = statement('changesets/update-changeset', entityIdRow);
const LOCK_CHANGESET = statement('changesets/lock-changeset', changesetRow);
const GET_CHANGESET = statement('changesets/get-changeset', changesetRow);
const LIST_CHANGESETS = statement('changesets/list-changesets', changesetRow);

/**
 * The one path by which the app writes facts to the graph. A changeset is applied and recorded in
 * the SAME transaction: either the change and its record are both in the graph, or neither is.
 * A contributeur's changeset is first recorded as a proposal, applied only when a curator publishes
 * it; a revert is a new changeset made of the inverse operations, in reverse order.
 */

/** Who did it, as recorded. */
export interface Author {
	id: string;
	name: string;
}

/** A changeset to record, before it has an id. */
export interface Draft {
	kind: ChangesetKind;
	reason: string;
	summary: string;
	sourceId?: string;
	operations: Operation[];
}

/** A changeset is not in the state the request expects (already reviewed, already reverted…). */
export class ChangesetStateError extends Error {
	override name = 'ChangesetStateError';
	constructor(
		message: string,
		readonly status: 404 | 409
	) {
		super(message);
	}
}

/** Only who, never more: an Account passed as the author must not carry its e-mail into a changeset or an answer. */
function who(author: Author): Author {
	return { id: author.id, name: author.name };
}

export function newChangesetId(): string {
	return `cs-${randomBytes(8).toString('hex')}`;
}

/**
 * Marks what a published changeset creates or changes with who and when: new entities and links
 * get `createdBy`, `createdAt` and `changeset`; changed entities `updatedBy`, `updatedAt` and
 * `changeset` (their previous values kept in `before`, so a revert restores them). Reverts are not
 * stamped: undoing a change leaves the graph exactly as it was.
 */
export function stamp(operations: readonly Operation[], author: Author, changesetId: string, at: string): Operation[] {
	const created = { createdBy: author.name, createdAt: at, changeset: changesetId };
	return operations.map((operation) => {
		switch (operation.op) {
			case 'create-entity':
			case 'create-relationship':
				return { ...operation, properties: { ...operation.properties, ...created } };
			case 'update-entity':
				return { ...operation, after: { ...operation.after, updatedBy: author.name, updatedAt: at, changeset: changesetId } };
			default:
				return operation;
		}
	});
}

/** The entities a list of operations touches, each once. */
function touched(operations: readonly Operation[]): string[] {
	return [...new Set(operations.flatMap(entitiesOf))];
}

async function record(runner: StatementRunner, changeset: Changeset): Promise<void> {
	const { author, reviewer, operations, ...rest } = changeset;
	await runner.run(CREATE_CHANGESET.text, {
		changeset: {
			...rest,
			authorId: author.id,
			authorName: author.name,
			...(reviewer ? { reviewerId: reviewer.id, reviewerName: reviewer.name } : {}),
			operations: JSON.stringify(operations)
		}
	});
}

function build(draft: Draft, someone: Author, status: Changeset['status'], now: Date, operations = draft.operations): Changeset {
	const author = who(someone);
	const id = newChangesetId();
	const at = now.toISOString();
	const stamped = status === 'published' && draft.kind !== 'revert' ? stamp(operations, author, id, at) : operations;
	return {
		id,
		kind: draft.kind,
		status,
		author,
		createdAt: at,
		reason: draft.reason,
		summary: draft.summary,
		...(draft.sourceId ? { sourceId: draft.sourceId } : {}),
		operations: stamped,
		entityIds: touched(stamped),
		...(status === 'published' ? { reviewer: author, reviewedAt: at } : {})
	};
}

/** Applies a changeset and records it, in one transaction (a curator's edit, a revert, an analysis). */
export async function commit(database: Database, author: Author, draft: Draft, now = new Date()): Promise<Changeset> {
	const changeset = build(draft, author, 'published', now);
	return database.writeTransaction(async (runner) => {
		await applyOperations(runner, changeset.operations);
		await record(runner, changeset);
		return changeset;
	});
}

/** Records a contributeur's proposal; nothing of it reaches the graph until a curator publishes it. */
export async function propose(database: Database, author: Author, draft: Draft, now = new Date()): Promise<Changeset> {
	const changeset = build(draft, author, 'proposed', now);
	// A proposal that could not be applied now is refused at once, with the reason, rather than queued.
	await assertApplicable(database, changeset.operations);
	await database.writeTransaction((runner) => record(runner, changeset));
	return changeset;
}

/** Rolls back on purpose: used to try operations against the graph as it is, writing nothing. */
class TrialDone extends Error {}

/** The conflicts operations would meet if applied now (none: they apply cleanly); nothing is written. */
export async function conflictsOf(database: Database, operations: readonly Operation[]): Promise<Conflict[]> {
	try {
		await database.writeTransaction(async (runner) => {
			await applyOperations(runner, operations);
			throw new TrialDone();
		});
	} catch (caught) {
		if (caught instanceof TrialDone) return [];
		if (caught instanceof ConflictError) return caught.conflicts;
		throw caught;
	}
	return [];
}

async function assertApplicable(database: Database, operations: readonly Operation[]): Promise<void> {
	const conflicts = await conflictsOf(database, operations);
	if (conflicts.length > 0) throw new ConflictError(conflicts);
}

async function lock(runner: StatementRunner, id: string): Promise<Changeset> {
	const [row] = LOCK_CHANGESET.parse(await runner.run(LOCK_CHANGESET.text, { id }));
	if (!row) throw new ChangesetStateError(`Aucun changement ${id}.`, 404);
	return row.changeset;
}

/** A curator publishes a proposal: its operations are applied, stamped with its author, in one transaction. */
export async function publish(
	database: Database,
	curator: Author,
	id: string,
	note = '',
	now = new Date(),
	correct?: (operations: Operation[]) => Operation[]
): Promise<Changeset> {
	const reviewer = who(curator);
	return database.writeTransaction(async (runner) => {
		const proposal = await lock(runner, id);
		if (proposal.status !== 'proposed')
			throw new ChangesetStateError(`Le changement ${id} n’est plus une proposition (${proposal.status}).`, 409);
		const at = now.toISOString();
		// A curator's corrections (values only) apply to the proposal as it is now, inside this transaction.
		const corrected = correct ? correct(proposal.operations) : proposal.operations;
		const operations = stamp(corrected, proposal.author, id, at);
		await applyOperations(runner, operations);
		await runner.run(UPDATE_CHANGESET.text, {
			id,
			changes: {
				status: 'published',
				operations: JSON.stringify(operations),
				// What the author proposed stays on record beside what was published.
				...(correct ? { proposedOperations: JSON.stringify(proposal.operations) } : {}),
				reviewerId: reviewer.id,
				reviewerName: reviewer.name,
				reviewedAt: at,
				...(note ? { reviewNote: note } : {})
			}
		});
		return { ...proposal, status: 'published' as const, operations, reviewer, reviewedAt: at, ...(note ? { reviewNote: note } : {}) };
	});
}

/** A curator rejects a proposal, with the reason its author will read. Nothing reaches the graph. */
export async function reject(database: Database, curator: Author, id: string, note: string, now = new Date()): Promise<Changeset> {
	const reviewer = who(curator);
	return database.writeTransaction(async (runner) => {
		const proposal = await lock(runner, id);
		if (proposal.status !== 'proposed')
			throw new ChangesetStateError(`Le changement ${id} n’est plus une proposition (${proposal.status}).`, 409);
		const at = now.toISOString();
		await runner.run(UPDATE_CHANGESET.text, {
			id,
			changes: { status: 'rejected', reviewerId: reviewer.id, reviewerName: reviewer.name, reviewedAt: at, reviewNote: note }
		});
		return { ...proposal, status: 'rejected' as const, reviewer, reviewedAt: at, reviewNote: note };
	});
}

/**
 * A curator reverts a published changeset: the inverse operations, last first, as a new changeset.
 * When a later change stands in the way (a value edited since, a link added to a created entity),
 * ConflictError says which, and nothing changes.
 */
export async function revert(database: Database, author: Author, id: string, reason: string, now = new Date()): Promise<Changeset> {
	return database.writeTransaction(async (runner) => {
		const original = await lock(runner, id);
		if (original.status !== 'published') throw new ChangesetStateError(`Le changement ${id} n’est pas publié : rien à annuler.`, 409);
		if (original.revertedBy) throw new ChangesetStateError(`Le changement ${id} a déjà été annulé par ${original.revertedBy}.`, 409);
		const operations = [...original.operations].reverse().map(inverseOf);
		const draft: Draft = {
			kind: 'revert',
			reason,
			summary: `annulation de « ${original.summary} »`,
			operations,
			...(original.sourceId ? { sourceId: original.sourceId } : {})
		};
		const changeset = { ...build(draft, author, 'published', now), revertOf: id };
		await applyOperations(runner, changeset.operations);
		await record(runner, changeset);
		await runner.run(UPDATE_CHANGESET.text, { id, changes: { revertedBy: changeset.id } });
		return changeset;
	});
}

/** One changeset, or null. */
export async function getChangeset(database: Database, id: string): Promise<Changeset | null> {
	const [row] = await GET_CHANGESET.read(database, { id });
	return row?.changeset ?? null;
}

/** Changesets, newest first, by the filters of the history. */
export async function listChangesets(database: Database, filters: ChangesetFilters): Promise<Changeset[]> {
	const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
	const rows = await LIST_CHANGESETS.read(database, {
		author: filters.author ?? null,
		kind: filters.kind ?? null,
		status: filters.status ?? null,
		entity: filters.entity ?? null,
		since: filters.since ?? null,
		until: filters.until ? nextDay(filters.until) : null,
		limit: filters.limit
	});
	return rows.map((row) => row.changeset);
}
