import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { exportFormats, exportFormatSchema, type ExportFormat } from '$lib/domain/export';
import type { GraphEdge, GraphNode } from '$lib/domain/graph';
import { writeGraph } from '$lib/export/export-graph';
import * as exporting from '$lib/server/export';
import { connect, type Database } from '$lib/server/db/neo4j';
import { readDatabaseSettings } from '$lib/server/db/settings';

/**
 * `npm run bench:export`: time and peak memory (RSS) of exporting the WHOLE graph in each format,
 * streamed as `GET /api/export` does, and, for comparison, GraphML built in memory the way a
 * non-streaming export would. Reads only: point it at a seeded database with NEO4J_URI and
 * NEO4J_PASSWORD (the local one by default). Each measure runs in a process of its own, so that
 * one format's memory never counts for the next; results go to bench/results/export-stream.json.
 * RSS shows what the process took from the system (garbage included, until V8 collects it); the
 * live heap after a forced collection shows what an export holds at once.
 */

interface Measure {
	format: ExportFormat;
	mode: 'stream' | 'memory';
	nodes: number;
	edges: number;
	megabytes: number;
	seconds: number;
	baselineRssMb: number;
	peakRssMb: number;
	/** Heap in use after a full garbage collection, before the export and at its highest (collected at every piece, in a second, untimed run). */
	baselineLiveHeapMb: number;
	peakLiveHeapMb: number;
}

const mb = (bytes: number) => Math.round((bytes / 1_048_576) * 10) / 10;

/** Samples RSS every 10 ms, and on demand, keeping the highest. */
function rssWatcher() {
	let peak = process.memoryUsage.rss();
	const sample = () => void (peak = Math.max(peak, process.memoryUsage.rss()));
	const timer = setInterval(sample, 10);
	return { sample, stop: () => (clearInterval(timer), sample(), { peak }) };
}

/** One export of the whole graph, streamed to a byte counter or built in memory; `collect` forces a garbage collection at every piece. */
async function exportOnce(database: Database, format: ExportFormat, mode: 'stream' | 'memory', collect: () => void) {
	let bytes = 0;
	if (mode === 'stream') {
		for await (const chunk of exporting.exportStream(database, format)) {
			bytes += chunk.byteLength;
			collect();
		}
		return bytes;
	}
	const all: { nodes: GraphNode[]; edges: GraphEdge[] } = { nodes: [], edges: [] };
	for await (const page of exporting.nodePages(database)) all.nodes.push(...page);
	for await (const page of exporting.edgePages(database)) all.edges.push(...page);
	collect();
	const text = writeGraph(exporting.formats[format].writer({}), all);
	collect();
	return Buffer.byteLength(text);
}

/** Time and RSS of one run, or (`live`) the heap in use after a collection at every piece, which costs time. */
async function measureOne(database: Database, format: ExportFormat, mode: 'stream' | 'memory', live: boolean): Promise<Partial<Measure>> {
	if (live) {
		const gc = (globalThis as { gc?: () => void }).gc;
		if (!gc) throw new Error('run with --expose-gc');
		gc();
		const baseline = process.memoryUsage().heapUsed;
		let peak = baseline;
		await exportOnce(database, format, mode, () => {
			gc();
			peak = Math.max(peak, process.memoryUsage().heapUsed);
		});
		return { baselineLiveHeapMb: mb(baseline), peakLiveHeapMb: mb(peak) };
	}
	const baseline = process.memoryUsage.rss();
	const watcher = rssWatcher();
	const started = performance.now();
	const bytes = await exportOnce(database, format, mode, watcher.sample);
	const seconds = (performance.now() - started) / 1000;
	const { peak } = watcher.stop();
	let nodes = 0;
	let edges = 0;
	for await (const page of exporting.nodePages(database)) nodes += page.length;
	for await (const page of exporting.edgePages(database)) edges += page.length;
	return {
		format,
		mode,
		nodes,
		edges,
		megabytes: mb(bytes),
		seconds: Math.round(seconds * 100) / 100,
		baselineRssMb: mb(baseline),
		peakRssMb: mb(peak)
	};
}

/** Runs one measure in a child process of its own and reads its result line. */
function child(format: ExportFormat, mode: 'stream' | 'memory', live: boolean): Partial<Measure> {
	const args = [
		'scripts/run-ts.js',
		'bench/export-stream.ts',
		'--one',
		format,
		...(mode === 'memory' ? ['--memory'] : []),
		...(live ? ['--live'] : [])
	];
	const run = spawnSync(process.execPath, [...(live ? ['--expose-gc'] : []), ...args], {
		encoding: 'utf8',
		env: process.env,
		maxBuffer: 16 * 1_048_576
	});
	const line = run.stdout.split('\n').find((text) => text.startsWith('RESULT '));
	if (run.status !== 0 || !line) throw new Error(run.stderr || run.stdout);
	return JSON.parse(line.slice('RESULT '.length)) as Partial<Measure>;
}

export async function main(args: string[]): Promise<number> {
	const formatIndex = args.indexOf('--one');
	if (formatIndex !== -1) {
		// A child: one measure, printed as one JSON line.
		const format = exportFormatSchema.parse(args[formatIndex + 1]);
		const mode = args.includes('--memory') ? 'memory' : 'stream';
		const database = connect(readDatabaseSettings(process.env));
		try {
			console.log(`RESULT ${JSON.stringify(await measureOne(database, format, mode, args.includes('--live')))}`);
			return 0;
		} finally {
			await database.close();
		}
	}

	const runs: [ExportFormat, 'stream' | 'memory'][] = [
		...exportFormats.map((format) => [format, 'stream'] as [ExportFormat, 'stream']),
		['graphml', 'memory']
	];
	const measures: Measure[] = [];
	for (const [format, mode] of runs) {
		// Timed and memory runs apart: forcing collections slows the clock, and one run's garbage must not count for the other.
		measures.push({ ...child(format, mode, false), ...child(format, mode, true) } as Measure);
		console.error(`measured ${format} (${mode})`);
	}
	const result = {
		benchmark: 'export-stream',
		date: new Date().toISOString(),
		database: readDatabaseSettings(process.env).NEO4J_URI,
		pageSize: exporting.EXPORT_PAGE_SIZE,
		node: process.version,
		// Times depend on what else the machine runs: say how busy it was.
		cpus: cpus().length,
		loadAverage: loadavg().map((value) => Math.round(value * 10) / 10),
		measures
	};
	console.table(measures);
	await mkdir('bench/results', { recursive: true });
	await writeFile('bench/results/export-stream.json', `${JSON.stringify(result, null, '\t')}\n`);
	console.log('Written to bench/results/export-stream.json.');
	return 0;
}
