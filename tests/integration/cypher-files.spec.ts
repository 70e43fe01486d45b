import { afterAll, describe, expect, it } from 'vitest';
import { allCypherNames, cypher } from '$lib/server/db/cypher';
import { applySchema } from '../../seed/schema';
import { connectTestDatabase } from './database';

const database = connectTestDatabase();
afterAll(() => database.close());

/** Schema commands cannot be EXPLAINed; they are exercised by applying them. */
const statements = allCypherNames().filter((name) => !name.startsWith('schema/') && name !== 'admin/list-schema');

describe('every Cypher file', () => {
	it.each(statements)('%s compiles against the current schema (EXPLAIN)', async (name) => {
		// EXPLAIN plans without running, so statements that write or delete are safe here.
		await expect(database.write(`EXPLAIN ${cypher(name)}`)).resolves.toEqual([]);
	});

	it('starts with a comment that says what it returns', () => {
		const undocumented = allCypherNames().filter((name) => !cypher(name).trimStart().startsWith('//'));
		expect(undocumented).toEqual([]);
	});
});

describe('the schema', () => {
	it('is applied idempotently: a second run creates nothing new', async () => {
		const before = await database.read(cypher('admin/list-schema'));
		await applySchema(database);
		const after = await database.read(cypher('admin/list-schema'));
		expect(after).toEqual(before);
	});

	it('has a unique id on entities and the full-text indexes, online', async () => {
		const indexes = await database.read(cypher('admin/list-schema'));
		expect(indexes).toContainEqual(
			expect.objectContaining({ name: 'entity_id', type: 'RANGE', labelsOrTypes: ['Entity'], state: 'ONLINE' })
		);
		expect(indexes).toContainEqual(
			expect.objectContaining({ name: 'entity_names', type: 'FULLTEXT', properties: ['name', 'aliases'], state: 'ONLINE' })
		);
		// The partner finder's fallback: descriptions read in French.
		expect(indexes).toContainEqual(
			expect.objectContaining({ name: 'entity_descriptions', type: 'FULLTEXT', properties: ['description'], state: 'ONLINE' })
		);
	});
});
