import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { digestGraph, type GraphDigest } from '$lib/server/db/graph-digest';
import { buildSeed } from '../../seed/build';
import { main as seedCli } from '../../seed/cli';
import { writeRows } from '../../seed/write';
import { FIXTURE_DEPARTEMENTS, FIXTURE_OPEN_DATA, FIXTURE_SEED } from '../support/test-graph';
import { connectTestDatabase } from './database';

const database = connectTestDatabase();
let before: GraphDigest;

beforeAll(async () => {
	before = await digestGraph(database);
});
afterAll(() => database.close());

async function fixtureRows() {
	const seed = await buildSeed(FIXTURE_SEED, FIXTURE_OPEN_DATA, { departements: FIXTURE_DEPARTEMENTS });
	expect(seed.problems).toEqual([]);
	return seed.rows;
}

describe('loading the seed', () => {
	it('changes nothing when run a second time: same counts, same properties', async () => {
		expect(before.entities).toBeGreaterThan(1_000);
		await writeRows(database, await fixtureRows());
		expect(await digestGraph(database)).toEqual(before);
	});

	it('leaves the graph as it was when a batch fails midway', async () => {
		const rows = await fixtureRows();
		rows.entities.push({
			id: 'ajout-qui-doit-disparaitre',
			labels: ['Company'],
			properties: { id: 'ajout-qui-doit-disparaitre', name: 'X' }
		});
		rows.relationships.push({ type: 'FUNDS', from: 'ademe', to: 'nulle-part', properties: { sources: ['test'] } });
		await expect(writeRows(database, rows, { batchSize: 500 })).rejects.toThrow(/point at a node that does not exist; nothing was written/);
		expect(await digestGraph(database)).toEqual(before);
	});
});

describe('npm run seed on bad files', () => {
	let badSeed: string;

	beforeAll(async () => {
		badSeed = await mkdtemp(path.join(tmpdir(), 'maillage-bad-seed-'));
		await mkdir(path.join(badSeed, 'documents'));
		await writeFile(path.join(badSeed, 'themes.yaml'), await readFile('seed/themes.yaml', 'utf8'));
		const shared = await readFile('seed/documents/shared.yaml', 'utf8');
		// A duplicate id, an unknown label and a dangling reference in one file.
		await writeFile(
			path.join(badSeed, 'documents/shared.yaml'),
			`${shared.trimEnd()}\n  - id: ademe\n    label: Startup\n    name: Doublon\n    sources: [{ doc: inconnu, section: x }]\n`
		);
		const { uri, password } = inject('neo4jTest');
		process.env.NEO4J_TEST_URI = uri;
		process.env.NEO4J_TEST_PASSWORD = password;
	});
	afterAll(() => rm(badSeed, { recursive: true, force: true }));

	it('exits 1, reports every problem with file and line, and writes nothing', async () => {
		const errors: string[] = [];
		const originalError = console.error;
		console.error = (...parts: unknown[]) => errors.push(parts.join(' '));
		try {
			expect(await seedCli(['--test', '--seed-dir', badSeed])).toBe(1);
		} finally {
			console.error = originalError;
		}
		const report = errors.join('\n');
		expect(report).toMatch(/documents\/shared\.yaml:\d+: nodes\[\d+\]\.label: /);
		expect(report).toMatch(/nothing was written/);
		expect(await digestGraph(database)).toEqual(before);
	});
});
