import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { inverseOf } from '$lib/domain/changesets';
import { newEntitySchema } from '$lib/domain/contributions';
import * as accounts from '$lib/server/accounts';
import { hashPassword } from '$lib/server/accounts/passwords';
import * as changesets from '$lib/server/changesets';
import * as contributions from '$lib/server/contributions';
import { digestGraph } from '$lib/server/db/graph-digest';
import { connect } from '$lib/server/db/neo4j';
import { readDatabaseSettings, testDatabaseEnvironment } from '$lib/server/db/settings';

/**
 * `npm run bench:changesets`: what writing through changesets costs, on the TEST database (seeded by
 * the integration tests or `npm run seed -- --test`). A fictitious curator creates N companies, each
 * a member of a cluster with its source (one changeset each), a proposal is checked against the
 * graph (the dry run of the review page), then every changeset is reverted, last first; the graph
 * digest must come back to what it was (exit 1 otherwise). Also times one Argon2id hash (a sign-in).
 * Prints p50/p95 and writes bench/results/changesets.json.
 */

const N = Number(process.env.BENCH_CHANGESETS ?? 50);

const percentile = (values: number[], p: number) => {
	const sorted = [...values].sort((a, b) => a - b);
	return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] * 10) / 10;
};
const summary = (values: number[]) => ({ p50: percentile(values, 50), p95: percentile(values, 95), max: percentile(values, 100) });

async function timed<T>(work: () => Promise<T>, into: number[]): Promise<T> {
	const started = performance.now();
	const result = await work();
	into.push(performance.now() - started);
	return result;
}

export async function main(): Promise<number> {
	process.env.MAILLAGE_SECRET_KEY ||= 'bench-key-for-sealed-account-data-not-a-secret';
	const database = connect(readDatabaseSettings(testDatabaseEnvironment(process.env)));
	try {
		const before = await digestGraph(database);
		const run = Date.now().toString(36);
		const { account: curator } = await accounts.createAccount(
			database,
			{ email: `bench.curatrice.${run}@example.test`, name: 'Curatrice du banc', role: 'curateur' },
			'mot-de-passe-du-banc'
		);
		const commits: number[] = [];
		const dryRuns: number[] = [];
		const reverts: number[] = [];
		const hashes: number[] = [];
		const made: string[] = [];
		for (let index = 0; index < N; index++) {
			const request = newEntitySchema.parse({
				kind: 'Company',
				name: `Entreprise fictive du banc ${run} ${index}`,
				link: { type: 'MEMBER_OF', to: 'ecosystem-cleon-4-0' },
				citation: { sourceId: 'cleon-4-0-bilan', excerpt: 'Un passage fictif du banc.' }
			});
			const changeset = await timed(() => contributions.createEntity(database, curator, request), commits);
			made.push(changeset.id);
			await timed(() => changesets.conflictsOf(database, [...changeset.operations].reverse().map(inverseOf)), dryRuns);
		}
		for (const id of made.reverse()) await timed(() => changesets.revert(database, curator, id, 'Fin du banc'), reverts);
		for (let index = 0; index < 10; index++) await timed(() => hashPassword('un-mot-de-passe-du-banc'), hashes);
		const after = await digestGraph(database);
		const restored = JSON.stringify(after) === JSON.stringify(before);
		const result = {
			date: new Date().toISOString(),
			machine: { cpus: cpus().length, load: loadavg().map((value) => Math.round(value * 100) / 100) },
			graph: { entities: before.entities, relationships: before.relationships },
			changesets: N,
			commitMs: summary(commits),
			dryRunMs: summary(dryRuns),
			revertMs: summary(reverts),
			argon2idHashMs: summary(hashes),
			digestRestored: restored
		};
		console.log(`Changesets on a graph of ${before.entities} entities, ${before.relationships} relationships (${N} each):`);
		console.log(`  commit (entity + link + record)  p50 ${result.commitMs.p50} ms, p95 ${result.commitMs.p95} ms`);
		console.log(`  dry run (review page)            p50 ${result.dryRunMs.p50} ms, p95 ${result.dryRunMs.p95} ms`);
		console.log(`  revert                           p50 ${result.revertMs.p50} ms, p95 ${result.revertMs.p95} ms`);
		console.log(`  Argon2id hash (sign-in)          p50 ${result.argon2idHashMs.p50} ms`);
		console.log(`  graph restored after the reverts: ${restored ? 'yes' : 'NO'}`);
		const file = path.resolve('bench/results/changesets.json');
		await mkdir(path.dirname(file), { recursive: true });
		await writeFile(file, `${JSON.stringify(result, null, '\t')}\n`);
		return restored ? 0 : 1;
	} finally {
		await database.close();
	}
}
