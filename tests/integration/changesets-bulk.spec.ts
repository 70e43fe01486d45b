import { afterAll, describe, expect, it } from 'vitest';
import type { Operation } from '$lib/domain/changesets';
import * as changesets from '$lib/server/changesets';
import { BULK_MIN } from '$lib/server/changesets/bulk';
import { digestGraph } from '$lib/server/db/graph-digest';
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

const draft = (operations: Operation[]) => ({ kind: 'import' as const, reason: 'Essai des lots', summary: 'lots fictifs', operations });

async function conflictOf(work: Promise<unknown>) {
	const caught = await work.then(
		() => null,
		(error: unknown) => error
	);
	expect(caught).toBeInstanceOf(changesets.ConflictError);
	return (caught as changesets.ConflictError).conflicts[0];
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

	it('refuses a run whose entity exists already, naming its operation, and writes nothing', async () => {
		const before = await digestGraph(database);
		const operations = companies(COUNT, 'a-');
		const taken = operations[30] as Extract<Operation, { op: 'create-entity' }>;
		(operations[30] as { id: string }).id = 'tenerrdis';
		taken.properties = { ...taken.properties, id: 'tenerrdis' };
		expect(await conflictOf(changesets.commit(database, curator, draft(operations)))).toEqual({
			operation: 30,
			message: 'L’entité tenerrdis existe déjà.'
		});
		expect(await digestGraph(database)).toEqual(before);
	});

	it('refuses a run of links with a missing end, at that link', async () => {
		const before = await digestGraph(database);
		const operations = companies(COUNT, 'b-');
		const index = COUNT + 25;
		(operations[index] as { to: string }).to = 'commune-inexistante';
		const conflict = await conflictOf(changesets.commit(database, curator, draft(operations)));
		expect(conflict.operation).toBe(index);
		expect(conflict.message).toContain('n’a plus ses deux bouts');
		expect(await digestGraph(database)).toEqual(before);
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
		const conflict = await conflictOf(changesets.revert(database, curator, changeset.id, 'Essai'));
		expect(conflict.message).toContain(`c-${id(7)} a reçu depuis 1 lien(s)`);
		expect(await digestGraph(database)).toEqual(middle);
		await changesets.revert(database, curator, later.id, 'Essai');
		await changesets.revert(database, curator, changeset.id, 'Essai');
		expect(await digestGraph(database)).toEqual(before);
	});

	it('creates as many links as operations, even identical ones, and its revert removes each', async () => {
		const before = await digestGraph(database);
		const operations = companies(BULK_MIN, 'd-');
		const twice = Array.from({ length: BULK_MIN }, (): Operation => ({
			op: 'create-relationship',
			type: 'COLLABORATES_WITH',
			from: `d-${id(0)}`,
			to: 'minalogic',
			properties: { sources: ['essai#double'] }
		}));
		const changeset = await changesets.commit(database, curator, draft([...operations, ...twice]));
		expect((await digestGraph(database)).relationships - before.relationships).toBe(2 * BULK_MIN + BULK_MIN);
		await changesets.revert(database, curator, changeset.id, 'Essai');
		expect(await digestGraph(database)).toEqual(before);
	});
});
