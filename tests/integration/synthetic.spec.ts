import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { cypher } from '$lib/server/db/cypher';
import { digestGraph, type GraphDigest } from '$lib/server/db/graph-digest';
import { searchEntities } from '$lib/server/search';
import { main as synthCli } from '../../seed/synthetic/cli';
import { SYNTHETIC_SOURCE_ID, type SyntheticScale } from '../../seed/synthetic/generate';
import { clearSyntheticGraph, countSynthetic, readSyntheticBase, SyntheticGraphPresentError, synthesize } from '../../seed/synthetic/load';
import { connectTestDatabase } from './database';

const database = connectTestDatabase();
/** Small enough to load in seconds, large enough for every kind of node and relationship. */
const tiny: SyntheticScale = {
	name: 'test',
	companies: 400,
	clusters: 8,
	projects: 60,
	funders: 6,
	academics: 20,
	supports: 10,
	associations: 5
};
let before: GraphDigest;

beforeAll(async () => {
	before = await digestGraph(database);
	const { uri, password } = inject('neo4jTest');
	process.env.NEO4J_TEST_URI = uri;
	process.env.NEO4J_TEST_PASSWORD = password;
});
afterAll(async () => {
	// Whatever a failed test left, the next file finds the fixture as it was.
	await clearSyntheticGraph(database);
	await database.close();
});

describe('the synthetic graph', () => {
	it('is placed on the real geography and vocabulary of the database', { timeout: 60_000 }, async () => {
		const base = await readSyntheticBase(database);
		expect(base.communes.length).toBeGreaterThan(500);
		expect(base.communes.some((commune) => commune.territoryId?.startsWith('ti-2023-2027-'))).toBe(true);
		expect(base.themes.map((theme) => theme.id)).toContain('filiere-mecanique');
		expect(base.territories.length).toBeGreaterThan(0);
	});

	// Generous time-outs: the load, two whole-graph digests and the clearing run on a shared machine.
	it(
		'loads flagged, is found like real data, refuses a second load and clears back to the exact real graph',
		{ timeout: 180_000 },
		async () => {
			const report = await synthesize(database, tiny, 5, { batchSize: 250 });
			expect(report.entitiesByKind.Company).toBe(tiny.companies);
			expect(await countSynthetic(database)).toEqual({ entities: report.entities, relationships: report.relationships });
			const after = await digestGraph(database);
			expect(after.entities).toBe(before.entities + report.entities);
			expect(after.relationships).toBe(before.relationships + report.relationships);

			const found = await searchEntities(database, { q: 'societe synthetique 000001', limit: 5 });
			expect(found.results[0]).toMatchObject({ id: 'synth-entreprise-000001', kind: 'Company' });
			expect(found.results[0].labels).toEqual(expect.arrayContaining(['Entity', 'Actor', 'Company']));

			const [source] = await database.read(cypher('entities/list-sources'), { ids: [SYNTHETIC_SOURCE_ID] });
			expect(source.source).toMatchObject({ id: SYNTHETIC_SOURCE_ID, kind: 'synthetic', title: expect.stringContaining('synthétique') });
			const members = await database.read(cypher('queries/list-cluster-members'), { cluster: 'synth-cluster-0001' });
			expect(members.length).toBeGreaterThanOrEqual(20);

			await expect(synthesize(database, tiny, 5)).rejects.toThrow(SyntheticGraphPresentError);

			const cleared = await clearSyntheticGraph(database, { batchSize: 100 });
			expect(cleared).toEqual({ entities: report.entities, relationships: report.relationships });
			expect(await countSynthetic(database)).toEqual({ entities: 0, relationships: 0 });
			expect(await digestGraph(database)).toEqual(before);
		}
	);

	it('npm run synth rejects bad arguments with exit code 2 and clears through --clear', { timeout: 180_000 }, async () => {
		expect(await synthCli(['--scale', 'continental', '--test'])).toBe(2);
		expect(await synthCli(['--scale', 'regional', '--clear', '--test'])).toBe(2);
		expect(await synthCli(['--scale', 'regional', '--seed', '-3', '--test'])).toBe(2);
		expect(await synthCli(['--test'])).toBe(2);
		await synthesize(database, tiny, 9);
		expect(await synthCli(['--scale', 'regional', '--test'])).toBe(1);
		expect(await synthCli(['--clear', '--test'])).toBe(0);
		expect(await digestGraph(database)).toEqual(before);
	});
});
