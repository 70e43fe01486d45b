import type { Operation, Properties } from '$lib/domain/changesets';
import { stableJson } from '$lib/server/db/graph-digest';
import type { StatementRunner } from '$lib/server/db/neo4j';
import { statement } from '$lib/server/db/rows';
import { createdIndexRow, createdRow, deletedCountRow, entityStateRow, relationshipAmongRow } from '$lib/server/db/rows/changesets';

/**
 * Runs of alike operations applied together: a large changeset (an import of 10,000 rows has
 * 30,000 operations, its revert as many) costs a few statements per run instead of one or two per
 * operation. Same checks, same messages, same order as one by one: each run is applied whole before
 * the next, and a conflict names the first operation at fault in the changeset.
 */

const READ_ENTITIES = statement('changesets/read-entities', entityStateRow);
const CREATE_ENTITIES = statement('changesets/create-entities', createdRow);
const CREATE_RELATIONSHIPS = statement('changesets/create-relationships', createdIndexRow);
const LIST_AMONG = statement('changesets/list-relationships-among', relationshipAmongRow);
const DELETE_RELATIONSHIPS = statement('changesets/delete-relationships', deletedCountRow);
const DELETE_ENTITIES = statement('changesets/delete-entities', deletedCountRow);
const LOCK_ENTITIES = statement('changesets/lock-entities', entityStateRow);

/** Shorter runs are applied one by one: batching them gains nothing. */
export const BULK_MIN = 20;

type Bulkable = Extract<Operation, { op: 'create-entity' | 'create-relationship' | 'delete-relationship' | 'delete-entity' }>;

/** A conflict at `index` (in the whole changeset), with its message. */
export type Fail = (index: number, message: string) => never;

/** What makes two operations alike enough to share a statement: their op, and their labels or type. */
export function runKey(operation: Operation): string | null {
	switch (operation.op) {
		case 'create-entity':
			return `create-entity:${[...operation.labels].sort().join(',')}`;
		case 'delete-entity':
			return 'delete-entity';
		case 'create-relationship':
		case 'delete-relationship':
			return `${operation.op}:${operation.type}`;
		default:
			return null;
	}
}

/** The length of the run of alike operations starting at `start`. */
export function runLength(operations: readonly Operation[], start: number): number {
	const key = runKey(operations[start]);
	if (key === null) return 1;
	let end = start + 1;
	while (end < operations.length && runKey(operations[end]) === key) end++;
	return end - start;
}

const same = (a: Properties, b: Properties) => stableJson(a) === stableJson(b);
const pairKey = (from: string, to: string) => JSON.stringify([from, to]);

/** Applies `run` (alike operations, the first at `start` in the changeset). */
export async function applyRun(runner: StatementRunner, run: readonly Bulkable[], start: number, fail: Fail): Promise<void> {
	const first = run[0];
	switch (first.op) {
		case 'create-entity': {
			const ids = run.map((operation) => (operation as typeof first).id);
			const existing = new Set(READ_ENTITIES.parse(await runner.run(READ_ENTITIES.text, { ids })).map((row) => row.id));
			const seen = new Set<string>();
			ids.forEach((id, offset) => {
				if (existing.has(id) || seen.has(id)) fail(start + offset, `L’entité ${id} existe déjà.`);
				seen.add(id);
			});
			const rows = run.map((operation) => (operation as typeof first).properties);
			await runner.run(CREATE_ENTITIES.text, { labels: first.labels, rows });
			return;
		}
		case 'create-relationship': {
			const rows = run.map((operation, offset) => {
				const { from, to, properties } = operation as typeof first;
				return { index: offset, from, to, properties };
			});
			const created = new Set(
				CREATE_RELATIONSHIPS.parse(await runner.run(CREATE_RELATIONSHIPS.text, { type: first.type, rows })).map((row) => row.index)
			);
			const missing = rows.find((row) => !created.has(row.index));
			if (missing) fail(start + missing.index, `Le lien ${first.type} de ${missing.from} à ${missing.to} n’a plus ses deux bouts.`);
			return;
		}
		case 'delete-relationship': {
			const ends = run.map((operation) => operation as typeof first);
			const froms = [...new Set(ends.map(({ from }) => from))];
			const tos = [...new Set(ends.map(({ to }) => to))];
			// The candidates of each pair of ends, in the order read: a run of 10,000 deletions looks up each
			// operation's few candidates instead of scanning every relationship read (quadratic: seconds).
			const candidates = new Map<string, { key: string; properties: string }[]>();
			for (const row of LIST_AMONG.parse(await runner.run(LIST_AMONG.text, { type: first.type, froms, tos }))) {
				const pair = pairKey(row.from, row.to);
				const list = candidates.get(pair) ?? [];
				list.push({ key: row.key, properties: stableJson(row.properties) });
				candidates.set(pair, list);
			}
			const used = new Set<string>();
			const keys = ends.map(({ from, to, properties }, offset) => {
				const expected = stableJson(properties);
				// One relationship per operation: two identical operations remove two relationships.
				const match = candidates.get(pairKey(from, to))?.find((row) => !used.has(row.key) && row.properties === expected);
				if (!match) return fail(start + offset, `Le lien ${first.type} de ${from} à ${to} a changé ou n’existe plus.`);
				used.add(match.key);
				return match.key;
			});
			await runner.run(DELETE_RELATIONSHIPS.text, { keys });
			return;
		}
		case 'delete-entity': {
			const ids = run.map((operation) => (operation as typeof first).id);
			// Locked before they are checked, as one by one: nothing links to them or edits them until the deletion.
			const now = new Map(LOCK_ENTITIES.parse(await runner.run(LOCK_ENTITIES.text, { ids })).map((row) => [row.id, row]));
			const deleted = new Set<string>();
			run.forEach((operation, offset) => {
				const { id, properties } = operation as typeof first;
				const existing = deleted.has(id) ? undefined : now.get(id);
				if (!existing) fail(start + offset, `L’entité ${id} n’existe plus.`);
				if (!same(existing.properties, properties)) fail(start + offset, `L’entité ${id} a été modifiée depuis.`);
				if (existing.degree > 0)
					fail(start + offset, `L’entité ${id} a reçu depuis ${existing.degree} lien(s) qu’il faudrait d’abord retirer.`);
				deleted.add(id);
			});
			await runner.run(DELETE_ENTITIES.text, { ids });
			return;
		}
	}
}
