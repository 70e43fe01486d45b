import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphEdgeSchema, graphNodeSchema } from '$lib/domain/graph';
import { seedNodeSchema, seedRelationshipSchema } from '$lib/domain/seed';
import { allCypherNames, cypher } from '$lib/server/db/cypher';

/**
 * The researchers' saved queries and the exports read only properties the model defines. Neo4j
 * names every property key of a statement that no node or relationship of the database holds
 * (`UnknownPropertyKeyWarning`); on the seeded test graph such a key is either one the model
 * defines that the test data happens not to fill (a project's budget, the year of a funding), or
 * a mistake that leaves a column null forever.
 */

/** Keys of the files and payloads that are not stored properties: shape, citation plumbing, derived values. */
const notStored = new Set([
	'label',
	'funder',
	'properties',
	'type',
	'from',
	'to',
	'doc',
	'section',
	'kind',
	'labels',
	'degree',
	'fundingReceivedEur',
	'source',
	'target'
]);

/** Every property the model lets Maillage store on an entity or a relationship (its seed schema and its graph payloads). */
const modelKeys = new Set(
	[seedNodeSchema, seedRelationshipSchema, graphNodeSchema, graphEdgeSchema]
		.flatMap((schema) => Object.keys(schema.shape))
		.filter((key) => !notStored.has(key))
);

let driver: Driver;
beforeAll(() => {
	const { uri, user, password } = inject('neo4jTest');
	driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
});
afterAll(() => driver.close());

/** The property keys Neo4j reports as held by nothing in the database, when planning a statement. */
async function unknownKeys(statement: string): Promise<string[]> {
	const session = driver.session({ defaultAccessMode: neo4j.session.READ });
	try {
		const result = await session.run(`EXPLAIN ${statement}`);
		return result.summary.notifications
			.filter((notification) => notification.code.endsWith('UnknownPropertyKeyWarning'))
			.map((notification) => /property name is: (\S+?)\)?$/.exec(notification.description)?.[1] ?? notification.description);
	} finally {
		await session.close();
	}
}

describe('properties read by the saved queries and the exports', () => {
	const statements = allCypherNames().filter((name) => name.startsWith('queries/') || name.startsWith('export/'));

	it('cover every saved query and export statement', () => {
		expect(statements.filter((name) => name.startsWith('queries/')).length).toBeGreaterThan(20);
		expect(statements).toContain('export/list-relationships-after');
	});

	it.each(statements)('%s reads no property the model does not define', async (name) => {
		const unknown = await unknownKeys(cypher(name));
		expect(unknown.filter((key) => !modelKeys.has(key))).toEqual([]);
	});

	it('tells a misspelt property from one the test data does not fill', async () => {
		expect(await unknownKeys('MATCH (p:Project) RETURN p.budgetEur, p.budgetEuro')).toEqual(expect.arrayContaining(['budgetEuro']));
		expect(modelKeys.has('budgetEur')).toBe(true);
		expect(modelKeys.has('budgetEuro')).toBe(false);
		expect(modelKeys.has('section')).toBe(false);
	});
});
