import { mkdir, writeFile } from 'node:fs/promises';
import { connect } from '$lib/server/db/neo4j';
import { readDatabaseSettings } from '$lib/server/db/settings';
import { ensureBuilt, machine, residentMemory, startApp } from './load/app';
import { runLoad } from './load/http-load';
import { readLoadOptions } from './load/options';
import { rawDriver, rawLoad } from './load/raw-cypher';
import { endpoints, recordStatements, sampleGraph, type Endpoint } from './load/scenarios';

/**
 * `npm run bench:api`: latency (p50, p95, p99) and throughput of each API endpoint under
 * concurrent load, next to the same statements run through the bare driver — the ratio is what
 * Maillage adds over the database (HTTP, validation, mapping, JSON; target under 1.5×).
 * Starts the built app (`node scripts/serve.js`, built first when `build/` is missing) on 127.0.0.1 against
 * the database of NEO4J_URI / NEO4J_PASSWORD, which it only reads; autocannon runs in a second
 * process. Flags: --graph seeded|national (label), --seconds 10, --connections 10, --port 4320,
 * --only search,paths, --export-requests 4. Results: bench/results/api-load[-national][-c<connections>].json.
 */

interface Row {
	endpoint: string;
	connections: number;
	requests: number;
	requestsPerSecond: number;
	p50: number;
	p95: number;
	p99: number;
	ok: number;
	tooMany: number;
	otherNon2xx: number;
	errors: number;
	rawP50: number;
	rawP95: number;
	rawRequestsPerSecond: number;
	ratioP50: number;
	ratioP95: number;
	targetP95Ms: number | null;
	met: 'met' | 'missed' | '—';
	statements: string;
	/** The app's resident memory once this endpoint's load is over (VmRSS), MB. */
	appRssMb: number;
}

const ratio = (endpoint: number, raw: number) => Math.round((endpoint / raw) * 100) / 100;

/** Loads one endpoint over HTTP, then replays its statements through the driver under the same concurrency. */
async function measure(endpoint: Endpoint, context: MeasureContext): Promise<Row> {
	const { origin, options, driver, database } = context;
	const recorded = await recordStatements(database, endpoint);
	const connections = Math.min(endpoint.connections ?? options.connections, options.connections);
	const http = await runLoad({
		origin,
		requests: endpoint.requests.map((request) => ({ ...request, kind: endpoint.name })),
		connections,
		seconds: options.seconds,
		...(endpoint.amount ? { amount: endpoint.amount } : {}),
		timeoutSeconds: endpoint.amount ? 300 : 60
	});
	const raw = await rawLoad(driver, recorded, {
		connections,
		seconds: options.seconds,
		...(endpoint.amount ? { amount: endpoint.amount } : {}),
		...(context.databaseName ? { database: context.databaseName } : {})
	});
	const statusCount = (test: (status: number) => boolean) =>
		Object.entries(http.statuses).reduce((sum, [status, count]) => sum + (test(Number(status)) ? count : 0), 0);
	const target = endpoint.targetP95Ms ?? null;
	return {
		endpoint: endpoint.name,
		connections,
		requests: http.requests,
		requestsPerSecond: http.requestsPerSecond,
		p50: http.latency.p50,
		p95: http.latency.p95,
		p99: http.latency.p99,
		ok: statusCount((status) => status >= 200 && status < 300),
		tooMany: statusCount((status) => status === 429),
		otherNon2xx: statusCount((status) => (status < 200 || status >= 300) && status !== 429),
		errors: http.errors + http.timeouts,
		rawP50: raw.p50,
		rawP95: raw.p95,
		rawRequestsPerSecond: raw.requestsPerSecond,
		ratioP50: ratio(http.latency.p50, raw.p50),
		ratioP95: ratio(http.latency.p95, raw.p95),
		targetP95Ms: target,
		// No answer within the run is a miss, not a pass: a null p95 must not compare as small.
		met: target === null ? '—' : http.latency.p95 !== null && http.latency.p95 < target ? 'met' : 'missed',
		statements: endpoint.statements,
		appRssMb: residentMemory(context.appPid).rssMb
	};
}

interface MeasureContext {
	origin: string;
	appPid: number;
	options: ReturnType<typeof readLoadOptions>;
	driver: ReturnType<typeof rawDriver>;
	database: ReturnType<typeof connect>;
	databaseName?: string;
}

/** One request of each kind before measuring, so that the server's code is compiled and its caches warm. */
async function warmUp(origin: string, list: Endpoint[]) {
	for (const endpoint of list) {
		for (const request of endpoint.amount ? [] : endpoint.requests) {
			const response = await fetch(`${origin}${request.path}`, {
				method: request.method,
				...(request.body ? { body: request.body, headers: { 'content-type': 'application/json' } } : {})
			});
			await response.arrayBuffer();
			if (!response.ok) console.error(`warm-up: ${request.method} ${request.path} answered ${response.status}`);
		}
	}
}

export async function main(args: string[]): Promise<number> {
	const options = readLoadOptions(args, { seconds: 10, connections: 10 });
	const settings = readDatabaseSettings(process.env);
	const database = connect(settings);
	const driver = rawDriver(settings);
	ensureBuilt();
	const app = await startApp(options.port);
	try {
		const sample = await sampleGraph(database);
		const list = endpoints(sample, { exportRequests: options.exportRequests }).filter(
			(endpoint) => !options.only || options.only.includes(endpoint.name)
		);
		const before = { ...machine(), appMemory: residentMemory(app.pid) };
		console.error(`Graph: ${sample.entities} entities (${sample.synthetic} synthetic); ${list.length} endpoints.`);
		await warmUp(app.origin, list);
		const rows: Row[] = [];
		for (const endpoint of list) {
			rows.push(
				await measure(endpoint, {
					origin: app.origin,
					appPid: app.pid,
					options,
					driver,
					database,
					...(settings.NEO4J_DATABASE ? { databaseName: settings.NEO4J_DATABASE } : {})
				})
			);
			console.error(`measured ${endpoint.name}`);
		}
		const after = residentMemory(app.pid);
		const result = {
			benchmark: 'api-load',
			date: new Date().toISOString(),
			graph: options.graph,
			database: settings.NEO4J_URI,
			entities: sample.entities,
			syntheticEntities: sample.synthetic,
			seconds: options.seconds,
			connections: options.connections,
			machine: before,
			loadAverageAfter: machine().loadAverage,
			appMemoryAfterMb: after,
			rows
		};
		console.table(
			rows.map(({ statements: _statements, ...row }) => ({
				...row,
				target: row.targetP95Ms === null ? '—' : `p95 < ${row.targetP95Ms} ms`
			}))
		);
		console.log(`App memory: ${before.appMemory.rssMb} MB at start, ${after.rssMb} MB after the load (peak ${after.peakRssMb} MB).`);
		// The default run (seeded graph, 10 connections) is bench/results/api-load.json; others say what differs.
		const file = `bench/results/api-load${options.graph === 'national' ? '-national' : ''}${options.connections === 10 ? '' : `-c${options.connections}`}.json`;
		await mkdir('bench/results', { recursive: true });
		await writeFile(file, `${JSON.stringify(result, null, '\t')}\n`);
		console.log(`Written to ${file}.`);
		return 0;
	} finally {
		await app.stop();
		await driver.close();
		await database.close();
	}
}
