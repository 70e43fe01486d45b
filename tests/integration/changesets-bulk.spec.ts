import { afterAll, describe, expect, it } from 'vitest';
import { inverseOf, type Conflict, type Operation } from '$lib/domain/changesets';
import * as changesets from '$lib/server/changesets';
import { applyOperations } from '$lib/server/changesets/apply';
import { BULK_MIN } from '$lib/server/changesets/bulk';
import { digestGraph } from '$lib/server/db/graph-digest';
import type { StatementRunner } from '$lib/server/db/neo4j';
import { connectTestDatabase } from './database';

/**
 * Large changesets apply their runs of alike operations together (an import of 10,000 rows, its
 * revert): the same graph, the same checks and the same conflict, at the same operation, as one by
 * one; and a conflict anywhere leaves the graph as it was. Fictitious companies.
 */

const database = connectTestDatabase();
afterAll(() => database.close());
const curator = { id: 'test-bulk-curator', name: 'Curatrice des lots (essai)' };
const COUNT = BULK_MIN * 3;
const run = Date.now().toString(36);
const id = (index: number) => `lot-fictif-${run}-${index}`;

function companies(count = COUNT, prefix = ''): Operation[] {
	const ids = Array.from({ length: count }, (_, index) => `${prefix}${id(index)}`);
	return [
		...ids.map((entity): Operation => ({
			op: 'create-entity',
			id: entity,
			labels: ['Company', 'Actor'],
			properties: { id: entity, name: `Lot Fictif ${entity}` }
		})),
		...ids.map((entity): Operation => ({
			op: 'create-relationship',
			type: 'LOCATED_IN',
			from: entity,
			to: 'commune-38185',
			properties: { sources: ['essai#lot'] }
		})),
		...ids.map((entity): Operation => ({
			op: 'create-relationship',
			type: 'MEMBER_OF',
			from: entity,
			to: 'tenerrdis',
			properties: { sources: ['essai#lot'] }
		}))
	];
}

/** Identical links, `count` times: each operation must make (or remove) its own relationship. */
const identicalLinks = (op: 'create-relationship' | 'delete-relationship', from: string, count: number): Operation[] =>
	Array.from({ length: count }, () => ({
		op,
		type: 'COLLABORATES_WITH',
		from,
		to: 'minalogic',
		properties: { sources: ['essai#double'] }
	}));

const draft = (operations: Operation[]) => ({ kind: 'import' as const, reason: 'Essai des lots', summary: 'lots fictifs', operations });

/** The operations that revert a changeset, as `changesets.revert` builds them. */
const revertOf = (changeset: { operations: Operation[] }) => [...changeset.operations].reverse().map(inverseOf);

async function conflictOf(work: Promise<unknown>) {
	const caught = await work.then(
		() => null,
		(error: unknown) => error
	);
	expect(caught).toBeInstanceOf(changesets.ConflictError);
	return (caught as changesets.ConflictError).conflicts[0];
}

class RolledBack extends Error {}
type Way = 'by runs' | 'one by one';

/**
 * Applies operations in one transaction, committed or rolled back: `by runs` as the app does, or
 * `one by one` — in slices shorter than BULK_MIN, so that no run is long enough to be batched
 * (same operations, same order, same transaction). Counts the statements, to show which path ran.
 */
async function apply(way: Way, operations: readonly Operation[], keep: boolean): Promise<{ statements: number; conflict?: Conflict }> {
	let statements = 0;
	try {
		await database.writeTransaction(async (runner) => {
			const counting: StatementRunner = { run: (text, parameters) => (statements++, runner.run(text, parameters)) };
			const slice = way === 'by runs' ? operations.length : BULK_MIN - 1;
			for (let start = 0; start < operations.length; start += slice) {
				await applyOperations(counting, operations.slice(start, start + slice)).catch((error: unknown) => {
					if (!(error instanceof changesets.ConflictError)) throw error;
					const [{ operation, message }] = error.conflicts;
					throw new changesets.ConflictError([{ operation: start + operation, message }]);
				});
			}
			if (!keep) throw new RolledBack();
		});
	} catch (error) {
		if (error instanceof changesets.ConflictError) return { statements, conflict: error.conflicts[0] };
		if (!(error instanceof RolledBack)) throw error;
	}
	return { statements };
}

/** The conflict operations meet by runs, once it is shown to be the one they meet one by one; nothing is written. */
async function sameConflictBothWays(operations: readonly Operation[]): Promise<Conflict | undefined> {
	const before = await digestGraph(database);
	const byRuns = await apply('by runs', operations, false);
	const oneByOne = await apply('one by one', operations, false);
	expect(byRuns.conflict).toEqual(oneByOne.conflict);
	expect(await digestGraph(database)).toEqual(before);
	return byRuns.conflict;
}

describe('a large changeset', () => {
	it('is applied by runs and reverted to the same graph', async () => {
		const before = await digestGraph(database);
		const changeset = await changesets.commit(database, curator, draft(companies()));
		const after = await digestGraph(database);
		expect(after.entities - before.entities).toBe(COUNT);
		expect(after.relationships - before.relationships).toBe(2 * COUNT);
		await changesets.revert(database, curator, changeset.id, 'Essai terminé');
		expect(await digestGraph(database)).toEqual(before);
	});

	it('gives by runs the graph it gives one by one, and its inverse the graph it started from, in far fewer statements', async () => {
		const before = await digestGraph(database);
		const extra = Array.from({ length: BULK_MIN }, (_, index) => `e-seul-${id(index)}`);
		const operations: Operation[] = [
			...companies(COUNT, 'e-'),
			// A short run between long ones: applied one by one on both paths.
			{ op: 'update-entity', id: `e-${id(3)}`, before: { name: `Lot Fictif e-${id(3)}` }, after: { name: 'Lot Fictif renommé' } },
			...identicalLinks('create-relationship', `e-${id(0)}`, 2 * BULK_MIN),
			...identicalLinks('delete-relationship', `e-${id(0)}`, BULK_MIN),
			// Created then deleted in the same changeset: the deletions see the creations before them.
			...extra.map((entity): Operation => ({ op: 'create-entity', id: entity, labels: ['Company', 'Actor'], properties: { id: entity } })),
			...extra.map((entity): Operation => ({ op: 'delete-entity', id: entity, labels: ['Company', 'Actor'], properties: { id: entity } }))
		];
		const inverse = [...operations].reverse().map(inverseOf);

		const byRuns = await apply('by runs', operations, true);
		const afterRuns = await digestGraph(database);
		expect(afterRuns.entities - before.entities).toBe(COUNT);
		expect(afterRuns.relationships - before.relationships).toBe(2 * COUNT + BULK_MIN);
		expect((await apply('by runs', inverse, true)).conflict).toBeUndefined();
		expect(await digestGraph(database)).toEqual(before);

		const oneByOne = await apply('one by one', operations, true);
		expect(await digestGraph(database)).toEqual(afterRuns);
		expect((await apply('one by one', inverse, true)).conflict).toBeUndefined();
		expect(await digestGraph(database)).toEqual(before);

		expect([byRuns.conflict, oneByOne.conflict]).toEqual([undefined, undefined]);
		expect(oneByOne.statements).toBeGreaterThanOrEqual(operations.length);
		expect(byRuns.statements).toBeLessThan(operations.length / 10);
	});

	it('refuses a run whose entity exists already, naming its operation, and writes nothing', async () => {
		const before = await digestGraph(database);
		const operations = companies(COUNT, 'a-');
		const taken = operations[30] as Extract<Operation, { op: 'create-entity' }>;
		(operations[30] as { id: string }).id = 'tenerrdis';
		taken.properties = { ...taken.properties, id: 'tenerrdis' };
		const expected = { operation: 30, message: 'L’entité tenerrdis existe déjà.' };
		expect(await conflictOf(changesets.commit(database, curator, draft(operations)))).toEqual(expected);
		expect(await digestGraph(database)).toEqual(before);
		expect(await sameConflictBothWays(operations)).toEqual(expected);
	});

	it('refuses a run that creates the same entity twice, at the second', async () => {
		const operations = companies(COUNT, 'twice-');
		operations[BULK_MIN + 4] = operations[4];
		expect(await sameConflictBothWays(operations)).toEqual({ operation: BULK_MIN + 4, message: `L’entité twice-${id(4)} existe déjà.` });
	});

	it('refuses a run of links with a missing end, at that link', async () => {
		const before = await digestGraph(database);
		const operations = companies(COUNT, 'b-');
		const index = COUNT + 25;
		(operations[index] as { to: string }).to = 'commune-inexistante';
		const expected = { operation: index, message: `Le lien LOCATED_IN de b-${id(25)} à commune-inexistante n’a plus ses deux bouts.` };
		expect(await conflictOf(changesets.commit(database, curator, draft(operations)))).toEqual(expected);
		expect(await digestGraph(database)).toEqual(before);
		expect(await sameConflictBothWays(operations)).toEqual(expected);
	});

	it('cannot be reverted once one of its entities received a link, and says which', async () => {
		const before = await digestGraph(database);
		const changeset = await changesets.commit(database, curator, draft(companies(COUNT, 'c-')));
		const later = await changesets.commit(database, curator, {
			...draft([
				{
					op: 'create-relationship',
					type: 'COLLABORATES_WITH',
					from: `c-${id(7)}`,
					to: 'minalogic',
					properties: { sources: ['essai#plus-tard'] }
				}
			]),
			kind: 'contribution'
		});
		const middle = await digestGraph(database);
		// Its links are removed first (2 COUNT operations), then its entities, last created first.
		const expected = {
			operation: 3 * COUNT - 1 - 7,
			message: `L’entité c-${id(7)} a reçu depuis 1 lien(s) qu’il faudrait d’abord retirer.`
		};
		expect(await conflictOf(changesets.revert(database, curator, changeset.id, 'Essai'))).toEqual(expected);
		expect(await digestGraph(database)).toEqual(middle);
		expect(await sameConflictBothWays(revertOf(changeset))).toEqual(expected);
		await changesets.revert(database, curator, later.id, 'Essai');
		await changesets.revert(database, curator, changeset.id, 'Essai');
		expect(await digestGraph(database)).toEqual(before);
	});

	it('cannot be reverted once one of its entities was edited, and says which', async () => {
		const before = await digestGraph(database);
		const changeset = await changesets.commit(database, curator, draft(companies(COUNT, 'g-')));
		const later = await changesets.commit(database, curator, {
			...draft([
				{
					op: 'update-entity',
					id: `g-${id(5)}`,
					// The stamps of this edit are undone with it, as an edit through the forms does.
					before: { name: `Lot Fictif g-${id(5)}`, updatedBy: null, updatedAt: null, changeset: changeset.id },
					after: { name: 'Lot Fictif rebaptisé' }
				}
			]),
			kind: 'contribution'
		});
		const middle = await digestGraph(database);
		const expected = { operation: 3 * COUNT - 1 - 5, message: `L’entité g-${id(5)} a été modifiée depuis.` };
		expect(await conflictOf(changesets.revert(database, curator, changeset.id, 'Essai'))).toEqual(expected);
		expect(await digestGraph(database)).toEqual(middle);
		expect(await sameConflictBothWays(revertOf(changeset))).toEqual(expected);
		await changesets.revert(database, curator, later.id, 'Essai');
		await changesets.revert(database, curator, changeset.id, 'Essai');
		expect(await digestGraph(database)).toEqual(before);
	});

	it('cannot be reverted once one of its links was edited, and says which', async () => {
		const before = await digestGraph(database);
		const changeset = await changesets.commit(database, curator, draft(companies(COUNT, 'h-')));
		const created = changeset.operations[2 * COUNT + 12] as Extract<Operation, { op: 'create-relationship' }>;
		expect(created).toMatchObject({ type: 'MEMBER_OF', from: `h-${id(12)}` });
		const later = await changesets.commit(database, curator, {
			...draft([
				{
					op: 'update-relationship',
					type: 'MEMBER_OF',
					from: created.from,
					to: created.to,
					before: created.properties,
					after: { ...created.properties, sources: ['essai#corrige'] }
				}
			]),
			kind: 'contribution'
		});
		const middle = await digestGraph(database);
		// The MEMBER_OF links are removed first, last created first.
		const expected = { operation: COUNT - 1 - 12, message: `Le lien MEMBER_OF de h-${id(12)} à tenerrdis a changé ou n’existe plus.` };
		expect(await conflictOf(changesets.revert(database, curator, changeset.id, 'Essai'))).toEqual(expected);
		expect(await digestGraph(database)).toEqual(middle);
		expect(await sameConflictBothWays(revertOf(changeset))).toEqual(expected);
		await changesets.revert(database, curator, later.id, 'Essai');
		await changesets.revert(database, curator, changeset.id, 'Essai');
		expect(await digestGraph(database)).toEqual(before);
	});

	it('creates as many links as operations, even identical ones, and its revert removes each', async () => {
		const before = await digestGraph(database);
		const changeset = await changesets.commit(
			database,
			curator,
			draft([...companies(BULK_MIN, 'd-'), ...identicalLinks('create-relationship', `d-${id(0)}`, BULK_MIN)])
		);
		expect((await digestGraph(database)).relationships - before.relationships).toBe(2 * BULK_MIN + BULK_MIN);
		await changesets.revert(database, curator, changeset.id, 'Essai');
		expect(await digestGraph(database)).toEqual(before);
	});

	it('removes one relationship per deletion: two identical deletions of one link conflict at the second', async () => {
		const changeset = await changesets.commit(database, curator, draft(companies(BULK_MIN, 'k-')));
		const deletions = revertOf(changeset).slice(0, BULK_MIN);
		const link = deletions[5];
		const twice = [...deletions.slice(0, 6), link, ...deletions.slice(6)];
		expect(twice).toHaveLength(BULK_MIN + 1);
		expect(await sameConflictBothWays(twice)).toEqual({
			operation: 6,
			message: `Le lien MEMBER_OF de k-${id(BULK_MIN - 1 - 5)} à tenerrdis a changé ou n’existe plus.`
		});
		await changesets.revert(database, curator, changeset.id, 'Essai');
	});

	it('refuses to delete the same entity twice in a run, at the second', async () => {
		const entities = Array.from({ length: BULK_MIN }, (_, index) => `m-${id(index)}`);
		const creations = entities.map((entity): Operation => ({
			op: 'create-entity',
			id: entity,
			labels: ['Company', 'Actor'],
			properties: { id: entity }
		}));
		const deletions = creations.map(inverseOf);
		const twice = [...creations, ...deletions.slice(0, 9), deletions[3], ...deletions.slice(9)];
		expect(await sameConflictBothWays(twice)).toEqual({ operation: BULK_MIN + 9, message: `L’entité m-${id(3)} n’existe plus.` });
	});
});
