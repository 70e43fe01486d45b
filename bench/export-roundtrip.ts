import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { describeIssues } from '$lib/domain/issues';
import { cypher } from '$lib/server/db/cypher';
import * as exporting from '$lib/server/export';
import { digestGraph, type GraphDigest } from '$lib/server/db/graph-digest';
import { connect } from '$lib/server/db/neo4j';
import { readDatabaseSettings } from '$lib/server/db/settings';
import { importRows, readGraphExport } from '../seed/import';
import { formatProblem } from '../seed/problems';
import { applySchema } from '../seed/schema';

/**
 * `npm run bench:roundtrip`: the WHOLE graph exported as Maillage JSON (the export module, as
 * `GET /api/export?format=json` streams it), then imported into a second, empty database the way
 * `npm run import` does (one transaction), and the two graphs compared by their digests (counts
 * and a SHA-256 over every label, property and relationship, citations included). Prints times
 * and the peak RSS of this process, writes bench/results/export-roundtrip.json; exit 1 when the
 * graphs differ.
 *
 * Source: NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD (a seeded database). Target: ROUNDTRIP_TARGET_URI,
 * ROUNDTRIP_TARGET_USER (neo4j), ROUNDTRIP_TARGET_PASSWORD. `--empty-target` deletes the target's
 * graph first (in its own transaction); without it a non-empty target is refused.
 */

const targetSchema = z.object({
	ROUNDTRIP_TARGET_URI: z.string().regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'must be a bolt:// or neo4j:// URI'),
	ROUNDTRIP_TARGET_USER: z.string().min(1).default('neo4j'),
	ROUNDTRIP_TARGET_PASSWORD: z.string().min(1, 'is required')
});

const mb = (bytes: number) => Math.round((bytes / 1_048_576) * 10) / 10;
const seconds = (from: number) => Math.round((performance.now() - from) / 100) / 10;

/** Samples RSS every 20 ms, keeping the highest. */
function rssWatcher() {
	let peak = process.memoryUsage.rss();
	const timer = setInterval(() => void (peak = Math.max(peak, process.memoryUsage.rss())), 20);
	return {
		peak: () => Math.max(peak, process.memoryUsage.rss()),
		stop: () => clearInterval(timer)
	};
}

export async function main(args: string[]): Promise<number> {
	const { values } = parseArgs({ args, options: { 'empty-target': { type: 'boolean', default: false } } });
	if (!process.env.ROUNDTRIP_TARGET_URI) {
		// `npm run bench` runs every benchmark: without a second database this one has nothing to do.
		console.log('Skipped: set ROUNDTRIP_TARGET_URI and ROUNDTRIP_TARGET_PASSWORD to a second, empty database.');
		return 0;
	}
	const target = targetSchema.safeParse(process.env);
	if (!target.success) {
		console.error(`Target database: ${describeIssues(target.error.issues, { noun: 'variable' })}`);
		return 2;
	}
	const sourceSettings = readDatabaseSettings(process.env);
	const source = connect(sourceSettings);
	const destination = connect(
		readDatabaseSettings({
			...process.env,
			NEO4J_URI: target.data.ROUNDTRIP_TARGET_URI,
			NEO4J_USER: target.data.ROUNDTRIP_TARGET_USER,
			NEO4J_PASSWORD: target.data.ROUNDTRIP_TARGET_PASSWORD,
			NEO4J_DATABASE: undefined
		})
	);
	const folder = await mkdtemp(path.join(tmpdir(), 'maillage-roundtrip-'));
	const file = path.join(folder, 'graphe.json');
	const rss = rssWatcher();
	const phasePeaks: Record<string, number> = {};
	try {
		await Promise.all([source.verify(), destination.verify()]);
		if (values['empty-target']) await destination.write(cypher('admin/delete-all-entities'));
		await applySchema(destination);

		let started = performance.now();
		const sourceDigest = await digestGraph(source);
		const digestSourceSeconds = seconds(started);
		console.log(
			`Source ${source.uri}: ${sourceDigest.entities} entities, ${sourceDigest.relationships} relationships (digest ${digestSourceSeconds} s).`
		);

		started = performance.now();
		await exporting.exportStream(source, 'json').pipeTo(Writable.toWeb(createWriteStream(file)));
		const exportSeconds = seconds(started);
		const exportMegabytes = mb((await stat(file)).size);
		phasePeaks.export = mb(rss.peak());
		console.log(`Exported ${exportMegabytes} MB of JSON in ${exportSeconds} s.`);

		started = performance.now();
		const { rows, problems } = readGraphExport(await readFile(file, 'utf8'), file);
		const parseSeconds = seconds(started);
		phasePeaks.parse = mb(rss.peak());
		if (problems.length > 0) {
			for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
			return 1;
		}
		console.log(`Read and validated ${rows.entities.length} entities, ${rows.relationships.length} relationships in ${parseSeconds} s.`);

		started = performance.now();
		await importRows(destination, rows, { timeoutMs: 30 * 60_000 });
		const importSeconds = seconds(started);
		phasePeaks.import = mb(rss.peak());
		console.log(`Imported into ${destination.uri} in one transaction in ${importSeconds} s.`);

		started = performance.now();
		const targetDigest: GraphDigest = await digestGraph(destination);
		const digestTargetSeconds = seconds(started);
		const identical = JSON.stringify(targetDigest) === JSON.stringify(sourceDigest);
		console.log(
			`Target: ${targetDigest.entities} entities, ${targetDigest.relationships} relationships — ${identical ? 'IDENTICAL' : 'DIFFERENT'}.`
		);
		console.log(`Peak RSS of this process: ${mb(rss.peak())} MB.`);

		const result = {
			date: new Date().toISOString(),
			command: 'npm run bench:roundtrip -- --empty-target',
			machine: {
				cpus: cpus().length,
				// Times depend on what else the machine runs: say how busy it was.
				loadAverage: loadavg().map((value) => Math.round(value * 10) / 10),
				node: process.version
			},
			source: sourceDigest,
			target: targetDigest,
			identical,
			exportMegabytes,
			seconds: {
				digestSource: digestSourceSeconds,
				export: exportSeconds,
				parse: parseSeconds,
				import: importSeconds,
				digestTarget: digestTargetSeconds
			},
			peakRssMb: mb(rss.peak()),
			peakRssMbAfter: phasePeaks
		};
		await mkdir('bench/results', { recursive: true });
		await writeFile('bench/results/export-roundtrip.json', `${JSON.stringify(result, null, '\t')}\n`);
		console.log('Written to bench/results/export-roundtrip.json.');
		return identical ? 0 : 1;
	} finally {
		rss.stop();
		await Promise.all([source.close(), destination.close()]);
		await rm(folder, { recursive: true, force: true });
	}
}
