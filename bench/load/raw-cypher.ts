import neo4j, { type Driver } from 'neo4j-driver';
import type { Database, Parameters, SandboxTransaction } from '$lib/server/db/neo4j';
import { toParameters } from '$lib/server/db/records';
import type { DatabaseSettings } from '$lib/server/db/settings';
import { summarise, type LatencySummary } from './stats';

/**
 * The raw-Cypher baseline: what an endpoint costs the database alone. An endpoint's server
 * module runs once against a recording connection, which notes every statement it sends with its
 * parameters; the same statements are then replayed through the bare driver (no mapping to
 * plain JSON, no HTTP, no validation) under the same concurrency. Statements the module sends
 * while another is still running form one group, replayed concurrently as the app does; groups
 * follow each other.
 */

/** One statement as an endpoint sent it. */
export interface RecordedStatement {
	statement: string;
	parameters: Parameters;
}

/** What one request sends to the database: groups of statements run together, one group after the other. */
export type RecordedRequest = RecordedStatement[][];

/** A connection that notes each statement before running it, for one request at a time. */
export function recordingDatabase(real: Database): { database: Database; take(): RecordedRequest } {
	let groups: RecordedRequest = [];
	let running = 0;
	const note = (statement: string, parameters: Parameters = {}) => {
		// A statement sent while none runs starts a new group: the module waited for the previous ones.
		if (running === 0 || groups.length === 0) groups.push([]);
		groups.at(-1)!.push({ statement, parameters });
	};
	const tracked = async <T>(work: () => Promise<T>): Promise<T> => {
		running++;
		try {
			return await work();
		} finally {
			running--;
		}
	};
	const database: Database = {
		uri: real.uri,
		read(statement, parameters, options) {
			note(statement, parameters);
			return tracked(() => real.read(statement, parameters, options));
		},
		write: () => Promise.reject(new Error('the load benchmark only reads')),
		writeTransaction: () => Promise.reject(new Error('the load benchmark only reads')),
		sandboxed(work, options) {
			return real.sandboxed((transaction) => {
				const recording: SandboxTransaction = {
					explain(statement, parameters) {
						note(`EXPLAIN ${statement}`, parameters);
						return tracked(() => transaction.explain(statement, parameters));
					},
					stream(statement, parameters, maxRows) {
						note(statement, parameters);
						return tracked(() => transaction.stream(statement, parameters, maxRows));
					}
				};
				return work(recording);
			}, options);
		},
		verify: () => real.verify(),
		close: () => real.close()
	};
	return {
		database,
		take() {
			const taken = groups;
			groups = [];
			return taken;
		}
	};
}

/** A bare driver for the replay: one session and READ transaction per statement, like the app's reads. */
export function rawDriver(settings: DatabaseSettings): Driver {
	return neo4j.driver(settings.NEO4J_URI, neo4j.auth.basic(settings.NEO4J_USER, settings.NEO4J_PASSWORD), {
		userAgent: 'maillage-bench/0.1'
	});
}

/** Runs one recorded request through the driver; resolves when every record has arrived. */
export async function replay(driver: Driver, request: RecordedRequest, database?: string): Promise<void> {
	for (const group of request) {
		await Promise.all(
			group.map(async ({ statement, parameters }) => {
				const session = driver.session({ defaultAccessMode: neo4j.session.READ, ...(database ? { database } : {}) });
				try {
					await session.executeRead((tx) => tx.run(statement, toParameters(parameters) as Parameters));
				} finally {
					await session.close();
				}
			})
		);
	}
}

/** Raw-Cypher latencies of the recorded requests: `connections` loops replay them in turn for `seconds`. */
export async function rawLoad(
	driver: Driver,
	requests: RecordedRequest[],
	{ connections, seconds, amount, database }: { connections: number; seconds: number; amount?: number; database?: string }
): Promise<LatencySummary & { errors: number; requestsPerSecond: number }> {
	const latencies: number[] = [];
	let errors = 0;
	let next = 0;
	const started = performance.now();
	const deadline = started + seconds * 1000;
	const more = () => (amount === undefined ? performance.now() < deadline : next < amount);
	await Promise.all(
		Array.from({ length: connections }, async () => {
			while (more()) {
				const request = requests[next++ % requests.length];
				const begun = performance.now();
				try {
					await replay(driver, request, database);
					latencies.push(performance.now() - begun);
				} catch {
					errors++;
				}
			}
		})
	);
	const elapsed = (performance.now() - started) / 1000;
	return { ...summarise(latencies), errors, requestsPerSecond: Math.round((latencies.length / elapsed) * 10) / 10 };
}
