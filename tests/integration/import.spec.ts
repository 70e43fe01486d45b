import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cypher } from '$lib/server/db/cypher';
import * as exporting from '$lib/server/export';
import { digestGraph, type GraphDigest } from '$lib/server/db/graph-digest';
import { GraphNotEmptyError, importRows, readGraphExport } from '../../seed/import';
import { runScript } from '../support/child-script';
import { resetTestGraph } from '../support/test-graph';
import { connectTestDatabase } from './database';

const database = connectTestDatabase();
const EMPTY: GraphDigest = { entities: 0, relationships: 0, checksum: expect.any(String) as unknown as string };
let before: GraphDigest;
let folder: string;
let exportFile: string;
let exported: string;

/** The CLI's environment: the test database, by the variables `--test` reads. */
function testEnvironment(): Record<string, string> {
	const { uri, user, password } = inject('neo4jTest');
	return { NEO4J_TEST_URI: uri, NEO4J_TEST_USER: user, NEO4J_TEST_PASSWORD: password };
}

const wipe = () => database.write(cypher('admin/delete-all-entities'));

beforeAll(async () => {
	before = await digestGraph(database);
	folder = await mkdtemp(path.join(tmpdir(), 'maillage-import-'));
	exportFile = path.join(folder, 'graphe.json');
	// Small pages, so that the export crosses page boundaries as a large graph would.
	exported = await new Response(exporting.exportStream(database, 'json', { pageSize: 400 })).text();
	await writeFile(exportFile, exported);
});

afterAll(async () => {
	// Whatever happened above, the next test files find the fixture graph.
	if (JSON.stringify(await digestGraph(database)) !== JSON.stringify(before)) await resetTestGraph(database);
	await database.close();
	await rm(folder, { recursive: true, force: true });
});

describe('npm run import', () => {
	it('refuses a database that already holds entities, and writes nothing', async () => {
		const run = runScript('seed/import-cli.ts', [exportFile, '--test'], testEnvironment());
		expect(await run.exited).toBe(1);
		expect(run.output()).toMatch(new RegExp(`already holds ${before.entities} entities.*Nothing was written`));
		expect(await digestGraph(database)).toEqual(before);
	}, 180_000);

	it('refuses a bad file, naming the file, the record and the field, and writes nothing', async () => {
		const document = JSON.parse(exported) as { nodes: { properties: Record<string, unknown> }[] };
		document.nodes[7].properties.name = { not: 'a property value' };
		const bad = path.join(folder, 'abime.json');
		await writeFile(bad, JSON.stringify(document));
		await wipe();
		const run = runScript('seed/import-cli.ts', [bad, '--test'], testEnvironment());
		expect(await run.exited).toBe(1);
		expect(run.output()).toContain(
			`${bad}: nodes[7].properties.name: doit être un texte, un nombre, un booléen ou une liste de l’un d’eux`
		);
		expect(await digestGraph(database)).toEqual(EMPTY);
	}, 180_000);

	it('killed while writing (SIGKILL), leaves the graph as it was: empty', async () => {
		await wipe();
		// One row per statement: the transaction is open and holds writes for a long while.
		const run = runScript('seed/import-cli.ts', [exportFile, '--test', '--batch-size', '1'], testEnvironment());
		await run.waitFor(/Entities\s*: \d+\//);
		run.child.kill('SIGKILL');
		expect(await run.exited).toBe('SIGKILL');
		expect(await digestGraph(database)).toEqual(EMPTY);
	}, 180_000);

	it('re-imports the whole-graph JSON export into an empty database: same counts, same checksum', async () => {
		await wipe();
		const run = runScript('seed/import-cli.ts', [exportFile, '--test'], testEnvironment());
		expect(await run.exited, run.output()).toBe(0);
		expect(run.output()).toContain(`checksum ${before.checksum}`);
		expect(await digestGraph(database)).toEqual(before);
	}, 180_000);
});

describe('the digest an import is compared with', () => {
	/** Imports the export after `change`, into an emptied database; returns the digest. */
	async function importChanged(change: (document: { nodes: Node[]; edges: Edge[] }) => void): Promise<GraphDigest> {
		const document = JSON.parse(exported) as { nodes: Node[]; edges: Edge[] };
		change(document);
		const { rows, problems } = readGraphExport(JSON.stringify(document), 'changed.json');
		expect(problems).toEqual([]);
		await wipe();
		await importRows(database, rows);
		return digestGraph(database);
	}
	type Node = { labels: string[]; properties: Record<string, unknown> };
	type Edge = { properties: { evidence?: string[]; sources?: string[] } };

	it('sees a single changed evidence excerpt (provenance)', async () => {
		const digest = await importChanged((document) => {
			const cited = document.edges.find((edge) => (edge.properties.evidence?.length ?? 0) > 0)!;
			cited.properties.evidence![0] += ' (modifié)';
		});
		expect(digest).toEqual({ ...before, checksum: expect.not.stringMatching(before.checksum) });
	}, 120_000);

	it('sees a single dropped label', async () => {
		const digest = await importChanged((document) => {
			const funder = document.nodes.find((node) => node.labels.includes('Funder'))!;
			funder.labels = funder.labels.filter((label) => label !== 'Funder');
		});
		expect(digest.entities).toBe(before.entities);
		expect(digest.checksum).not.toBe(before.checksum);
	}, 120_000);

	it('is back to the original once the unchanged export is imported again', async () => {
		expect(await importChanged(() => {})).toEqual(before);
		await expect(importRows(database, readGraphExport(exported, 'graphe.json').rows)).rejects.toThrowError(GraphNotEmptyError);
		expect(await digestGraph(database)).toEqual(before);
	}, 120_000);
});

describe('npm run seed', () => {
	it('killed while writing (SIGKILL), leaves the graph as it was', async () => {
		const run = runScript('seed/cli.ts', ['--test'], testEnvironment());
		await run.waitFor(/Entities\s*: \d+\//);
		run.child.kill('SIGKILL');
		expect(await run.exited).toBe('SIGKILL');
		expect(await digestGraph(database)).toEqual(before);
	}, 300_000);
});
