import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import type { Operation } from '$lib/domain/changesets';
import * as changesets from '$lib/server/changesets';
import { cypher } from '$lib/server/db/cypher';
import { digestGraph } from '$lib/server/db/graph-digest';
import { connect } from '$lib/server/db/neo4j';
import { readDatabaseSettings, testDatabaseEnvironment } from '$lib/server/db/settings';

/**
 * `npm run bench:changeset-bulk`: what ONE large changeset costs to commit and to revert — the
 * shape of a spreadsheet import: N fictitious new companies (`bench-bulk-00001`…), then N
 * LOCATED_IN to communes of the graph, then N MEMBER_OF to its clusters (3 N operations in one
 * transaction); its revert deletes the 2 N links, then the N companies. For each N of
 * BENCH_CHANGESET_BULK (default 1000,10000), on the TEST database (the test graph of the
 * integration tests, or the full seed after `npm run bench:seed`), or on the graph of NEO4J_URI
 * with `-- --seeded`. The graph digest must come back after each revert (exit 1 otherwise).
 * Prints the times and writes bench/results/changeset-bulk.json. Target (issue 14): 10,000 rows
 * applied in < 30 s.
 */

const SIZES = (process.env.BENCH_CHANGESET_BULK ?? '1000,10000').split(',').map(Number);
const SAMPLE = cypher('bench/list-sample-entities');

const id = (index: number) => `bench-bulk-${String(index + 1).padStart(5, '0')}`;
const sources = ['banc-changements-en-masse#ligne'];

/** The operations of an import of `count` rows, grouped by kind as the import plans them. */
function operations(count: number, communes: string[], clusters: string[]): Operation[] {
	const rows = Array.from({ length: count }, (_, index) => index);
	return [
		...rows.map((index): Operation => ({
			op: 'create-entity',
			id: id(index),
			labels: ['Company', 'Actor'],
			properties: { id: id(index), name: `Entreprise Fictive du Banc ${index + 1}`, sources }
		})),
		...rows.map((index): Operation => ({
			op: 'create-relationship',
			type: 'LOCATED_IN',
			from: id(index),
			to: communes[(index * 7919) % communes.length],
			properties: { sources }
		})),
		...rows.map((index): Operation => ({
			op: 'create-relationship',
			type: 'MEMBER_OF',
			from: id(index),
			to: clusters[index % clusters.length],
			properties: { sources }
		}))
	];
}

const seconds = (milliseconds: number) => `${(milliseconds / 1000).toFixed(2)} s`;

export async function main(args: string[]): Promise<number> {
	const seeded = args.includes('--seeded');
	const database = connect(readDatabaseSettings(seeded ? process.env : testDatabaseEnvironment(process.env)));
	try {
		const ids = async (label: string) => (await database.read(SAMPLE, { labels: [label], limit: 1000 })).map((row) => String(row.id));
		const communes = await ids('Commune');
		const clusters = await ids('Cluster');
		if (communes.length === 0 || clusters.length === 0) throw new Error('No commune or cluster in this graph: seed it first.');
		const before = await digestGraph(database);
		console.log(
			`One changeset of 3 N operations on the ${seeded ? 'NEO4J_URI' : 'test'} database (${before.entities} entities, ${before.relationships} relationships):`
		);
		const author = { id: 'bench-bulk', name: 'Banc des changements en masse (fictif)' };
		const runs = [];
		let restored = true;
		for (const count of SIZES) {
			const draft = {
				kind: 'import' as const,
				reason: 'Banc d’essai',
				summary: `${count} entreprises fictives`,
				operations: operations(count, communes, clusters)
			};
			let started = performance.now();
			const changeset = await changesets.commit(database, author, draft);
			const commitMs = Math.round(performance.now() - started);
			started = performance.now();
			await changesets.revert(database, author, changeset.id, 'Fin du banc d’essai');
			const revertMs = Math.round(performance.now() - started);
			const back = JSON.stringify(await digestGraph(database)) === JSON.stringify(before);
			restored &&= back;
			runs.push({ rows: count, operations: draft.operations.length, commitMs, revertMs, digestRestored: back });
			console.log(
				`  N = ${String(count).padStart(6)} (${draft.operations.length} operations)  commit ${seconds(commitMs)}, revert ${seconds(revertMs)}` +
					(back ? '' : '  — graph NOT restored')
			);
		}
		const result = {
			date: new Date().toISOString(),
			machine: { cpus: cpus().length, load: loadavg().map((value) => Math.round(value * 100) / 100) },
			graph: { database: seeded ? 'NEO4J_URI' : 'test', entities: before.entities, relationships: before.relationships },
			runs,
			targetMs: 30_000
		};
		const file = path.resolve('bench/results/changeset-bulk.json');
		await mkdir(path.dirname(file), { recursive: true });
		await writeFile(file, `${JSON.stringify(result, null, '\t')}\n`);
		return restored ? 0 : 1;
	} finally {
		await database.close();
	}
}
