import { mkdir, writeFile } from 'node:fs/promises';
import { connect } from '$lib/server/db/neo4j';
import { readDatabaseSettings } from '$lib/server/db/settings';
import { ensureBuilt, machine, residentMemory, startApp } from './load/app';
import { runLoad } from './load/http-load';
import { readLoadOptions } from './load/options';
import { endpoints, sampleGraph } from './load/scenarios';
import { seededRandom } from '$lib/seeded-random';

/**
 * `npm run bench:soak`: the site under a crowd — by default 50 connections for 60 s over a mix
 * of endpoints weighted as people use them (mostly searches and entity pages, some
 * neighbourhoods and paths, a few partner searches and saved queries). Reports requests, errors
 * (no answer, time-outs or 5xx: there must be none, else the exit code is 1), answers by status
 * (the query API answers 429 beyond two queries at once per client, by design), latency
 * percentiles and the app's memory before and after. Whole-graph exports are left out of the
 * mix: `bench:api` measures them apart. Same flags as bench:api. Results: bench/results/soak[-national].json.
 */

/** Share of each endpoint in the mix. */
const WEIGHTS: Record<string, number> = {
	search: 30,
	entity: 20,
	'neighbourhood-depth1': 15,
	'neighbourhood-depth2': 8,
	paths: 10,
	partners: 5,
	'saved-query': 4
};

/** A list of requests in the proportions of WEIGHTS, shuffled the same way every run. */
function mix(list: ReturnType<typeof endpoints>, length = 1_000) {
	const random = seededRandom(7);
	const total = Object.values(WEIGHTS).reduce((sum, weight) => sum + weight, 0);
	const requests = list.flatMap((endpoint) => {
		const count = Math.round(((WEIGHTS[endpoint.name] ?? 0) / total) * length);
		return Array.from({ length: count }, (_, index) => ({ ...endpoint.requests[index % endpoint.requests.length], kind: endpoint.name }));
	});
	for (let index = requests.length - 1; index > 0; index--) {
		const other = Math.floor(random() * (index + 1));
		[requests[index], requests[other]] = [requests[other], requests[index]];
	}
	return requests;
}

export async function main(args: string[]): Promise<number> {
	const options = readLoadOptions(args, { seconds: 60, connections: 50 });
	const settings = readDatabaseSettings(process.env);
	const database = connect(settings);
	ensureBuilt();
	const app = await startApp(options.port);
	try {
		const sample = await sampleGraph(database);
		const requests = mix(endpoints(sample));
		const before = residentMemory(app.pid);
		const machineBefore = machine();
		const load = await runLoad({ origin: app.origin, requests, connections: options.connections, seconds: options.seconds });
		const after = residentMemory(app.pid);
		const serverErrors = Object.entries(load.statuses).reduce((sum, [status, count]) => sum + (Number(status) >= 500 ? count : 0), 0);
		const errors = load.errors + load.timeouts + serverErrors;
		const result = {
			benchmark: 'soak',
			date: new Date().toISOString(),
			graph: options.graph,
			database: settings.NEO4J_URI,
			entities: sample.entities,
			syntheticEntities: sample.synthetic,
			connections: options.connections,
			seconds: load.seconds,
			weights: WEIGHTS,
			machine: machineBefore,
			loadAverageAfter: machine().loadAverage,
			requests: load.requests,
			requestsPerSecond: load.requestsPerSecond,
			errors,
			noAnswer: load.errors,
			timeouts: load.timeouts,
			statuses: load.statuses,
			latency: load.latency,
			byEndpoint: load.byKind,
			appMemoryMb: { before, after }
		};
		console.table(
			Object.fromEntries(
				Object.entries(load.byKind).map(([kind, { statuses, ...figures }]) => [kind, { ...figures, statuses: JSON.stringify(statuses) }])
			)
		);
		console.log(
			`${load.requests} requests in ${load.seconds} s (${load.requestsPerSecond}/s) over ${options.connections} connections: ` +
				`${errors} errors, statuses ${JSON.stringify(load.statuses)}; p50 ${load.latency.p50} ms, p95 ${load.latency.p95} ms, p99 ${load.latency.p99} ms.`
		);
		console.log(`App memory: ${before.rssMb} MB before, ${after.rssMb} MB after (peak ${after.peakRssMb} MB).`);
		const file = `bench/results/soak${options.graph === 'national' ? '-national' : ''}.json`;
		await mkdir('bench/results', { recursive: true });
		await writeFile(file, `${JSON.stringify(result, null, '\t')}\n`);
		console.log(`Written to ${file}.`);
		if (errors > 0) console.error(`✖ ${errors} requests failed without a proper answer.`);
		return errors > 0 ? 1 : 0;
	} finally {
		await app.stop();
		await database.close();
	}
}
