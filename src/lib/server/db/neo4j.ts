import neo4j, { Neo4jError, type Driver, type ManagedTransaction, type Record as Neo4jRecord, type Transaction } from 'neo4j-driver';
import { mapToPlain, toParameters, type Plain } from './records';
import type { DatabaseSettings } from './settings';

export type Row = { [column: string]: Plain };
export type Parameters = Record<string, unknown>;

/** The database cannot be reached (stopped, unreachable, or refusing our credentials). */
export class DatabaseUnavailableError extends Error {
	override name = 'DatabaseUnavailableError';
}

/** A statement ran longer than its transaction time-out and was cut by the server. */
export class QueryTimeoutError extends Error {
	override name = 'QueryTimeoutError';
}

/** Runs statements inside one explicit transaction; the rows come back as plain JSON. */
export interface StatementRunner {
	run(statement: string, parameters?: Parameters): Promise<Row[]>;
}

/** Put before a statement to plan it without running it; Neo4j's error positions on line 1 count it. */
export const EXPLAIN_PREFIX = 'EXPLAIN ';

/** What EXPLAIN says of a statement: its query type ('r', 'rw', 'w' or 's') and its plan. */
export interface Explained {
	queryType: string;
	plan: PlanTree | null;
}

/** A plan operator as the driver gives it. */
export interface PlanTree {
	operatorType: string;
	arguments: { [key: string]: unknown };
	children: PlanTree[];
}

/** The records a statement returned, at most the number asked for; `more` says whether others followed. */
export interface Streamed {
	keys: string[];
	records: Neo4jRecord[];
	more: boolean;
}

/** Statements from outside (the query console): planned first, then run, in one READ transaction. */
export interface SandboxTransaction {
	explain(statement: string, parameters: Parameters): Promise<Explained>;
	stream(statement: string, parameters: Parameters, maxRows: number): Promise<Streamed>;
}

/** How long a console query may run: the server's time-out, then the caller's own clock. */
export interface SandboxOptions {
	timeoutMs: number;
	/** Past the time-out, how long the server gets to stop the statement itself before the caller is answered. */
	graceMs?: number;
}

/** The server stops a statement between rows; a second is its usual margin to notice. */
const SANDBOX_GRACE_MS = 1_000;

export interface Database {
	/** Runs one read statement in a READ transaction (routed to a follower on a cluster). */
	read(statement: string, parameters?: Parameters, options?: { timeoutMs?: number }): Promise<Row[]>;
	/** Runs one write statement in its own WRITE transaction. */
	write(statement: string, parameters?: Parameters): Promise<Row[]>;
	/** Runs many statements in ONE write transaction: all of them commit, or none. */
	writeTransaction<T>(work: (runner: StatementRunner) => Promise<T>, options?: { timeoutMs?: number }): Promise<T>;
	/**
	 * Runs statements written by someone else in ONE transaction opened in READ access mode, with a
	 * time-out, that is always rolled back, never committed: were a write to get past every check,
	 * it would still be refused by the server and, failing that, undone.
	 */
	sandboxed<T>(work: (transaction: SandboxTransaction) => Promise<T>, options: SandboxOptions): Promise<T>;
	/** Throws DatabaseUnavailableError unless the server answers. */
	verify(): Promise<void>;
	/** Where the database is, for messages (never includes credentials). */
	readonly uri: string;
	close(): Promise<void>;
}

const APP_METADATA = { app: 'maillage' };

/** Creates the one driver of a process. Connecting is lazy: the database may start later. */
export function connect(settings: DatabaseSettings): Database {
	const driver: Driver = neo4j.driver(settings.NEO4J_URI, neo4j.auth.basic(settings.NEO4J_USER, settings.NEO4J_PASSWORD), {
		connectionTimeout: settings.NEO4J_CONNECT_TIMEOUT_MS,
		connectionAcquisitionTimeout: settings.NEO4J_CONNECT_TIMEOUT_MS * 2,
		// Retrying a read for 30 s (the default) would hold a page that should say 503 at once.
		maxTransactionRetryTime: settings.NEO4J_CONNECT_TIMEOUT_MS,
		userAgent: 'maillage/0.1'
	});
	const sessionOptions = (mode: 'READ' | 'WRITE') => ({
		defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
		...(settings.NEO4J_DATABASE ? { database: settings.NEO4J_DATABASE } : {})
	});
	const fail = (error: unknown): never => {
		throw translateError(error, settings.NEO4J_URI);
	};

	return {
		uri: settings.NEO4J_URI,
		async read(statement, parameters = {}, options = {}) {
			const session = driver.session(sessionOptions('READ'));
			try {
				return await session.executeRead((tx) => runStatement(tx, statement, parameters), {
					timeout: options.timeoutMs ?? settings.NEO4J_READ_TIMEOUT_MS,
					metadata: APP_METADATA
				});
			} catch (error) {
				return fail(error);
			} finally {
				// The answer is known by now: a session that cannot close (Neo4j stopping) must not replace it with a raw error.
				await session.close().catch(() => undefined);
			}
		},
		async write(statement, parameters = {}) {
			return this.writeTransaction((runner) => runner.run(statement, parameters));
		},
		async writeTransaction(work, options = {}) {
			const session = driver.session(sessionOptions('WRITE'));
			let transaction: Transaction | undefined;
			try {
				transaction = session.beginTransaction({
					timeout: options.timeoutMs ?? settings.NEO4J_WRITE_TIMEOUT_MS,
					metadata: APP_METADATA
				});
				const open = transaction;
				const result = await work({ run: (statement, parameters = {}) => runStatement(open, statement, parameters) });
				await transaction.commit();
				return result;
			} catch (error) {
				if (transaction?.isOpen()) await transaction.rollback().catch(() => undefined);
				return fail(error);
			} finally {
				// The answer is known by now: a session that cannot close (Neo4j stopping) must not replace it with a raw error.
				await session.close().catch(() => undefined);
			}
		},
		async sandboxed(work, options) {
			const session = driver.session(sessionOptions('READ'));
			let transaction: Transaction | undefined;
			let timer: ReturnType<typeof setTimeout> | undefined;
			let overdue = false;
			try {
				transaction = session.beginTransaction({ timeout: options.timeoutMs, metadata: { ...APP_METADATA, origin: 'query-console' } });
				const open = transaction;
				// The server checks its time-out between rows; one row that computes for long (a huge
				// `reduce`) is only stopped when it ends. This clock answers the caller on time anyway.
				const answerWithinMs = options.timeoutMs + (options.graceMs ?? SANDBOX_GRACE_MS);
				const deadline = new Promise<never>((_, reject) => {
					timer = setTimeout(() => {
						overdue = true;
						reject(new QueryTimeoutError('The query ran longer than its time-out and was stopped.'));
					}, answerWithinMs);
				});
				return await Promise.race([work(sandboxRunner(open)), deadline]);
			} catch (error) {
				return fail(error);
			} finally {
				clearTimeout(timer);
				const closing = (async () => {
					if (transaction?.isOpen()) await transaction.rollback().catch(() => undefined);
					await session.close().catch(() => undefined);
				})();
				// Rolling back waits for the server to give up the statement: not worth keeping the caller.
				if (!overdue) await closing;
			}
		},
		async verify() {
			try {
				await driver.verifyConnectivity(settings.NEO4J_DATABASE ? { database: settings.NEO4J_DATABASE } : {});
			} catch (error) {
				fail(error);
			}
		},
		close: () => driver.close()
	};
}

async function runStatement(tx: ManagedTransaction | Transaction, statement: string, parameters: Parameters): Promise<Row[]> {
	const result = await tx.run(statement, toParameters(parameters) as Parameters);
	return result.records.map((record) => mapToPlain(record.toObject()));
}

function sandboxRunner(transaction: Transaction): SandboxTransaction {
	return {
		async explain(statement, parameters) {
			const result = await transaction.run(`${EXPLAIN_PREFIX}${statement}`, toParameters(parameters) as Parameters);
			const { queryType, plan } = result.summary;
			return { queryType: String(queryType), plan: plan ? (plan as unknown as PlanTree) : null };
		},
		async stream(statement, parameters, maxRows) {
			const result = transaction.run(statement, toParameters(parameters) as Parameters);
			const records: Neo4jRecord[] = [];
			let more = false;
			// Breaking out of the loop discards the rest on the server: a huge result is never read whole.
			for await (const record of result) {
				if (records.length === maxRows) {
					more = true;
					break;
				}
				records.push(record);
			}
			const keys = (await result.keys()) as string[];
			return { keys, records, more };
		}
	};
}

const UNAVAILABLE_CODES = new Set([neo4j.error.SERVICE_UNAVAILABLE, neo4j.error.SESSION_EXPIRED]);

/** Maps driver errors to the two conditions the interface explains; others pass through. */
export function translateError(error: unknown, uri: string): unknown {
	if (!(error instanceof Neo4jError)) return error;
	// Transient errors that outlived the driver's own retries: the database is stopping, starting or overloaded.
	if (UNAVAILABLE_CODES.has(error.code) || error.code.startsWith('Neo.TransientError.')) {
		return new DatabaseUnavailableError(`Neo4j does not answer at ${uri}.`, { cause: error });
	}
	// Forbidden is not a login problem: a read-only user was refused a write, which the caller explains.
	if (error.code.startsWith('Neo.ClientError.Security.') && error.code !== 'Neo.ClientError.Security.Forbidden') {
		return new DatabaseUnavailableError(`Neo4j at ${uri} refused the credentials (check NEO4J_USER and NEO4J_PASSWORD).`, {
			cause: error
		});
	}
	if (error.code.includes('TransactionTimedOut')) {
		return new QueryTimeoutError('The query ran longer than its time-out and was stopped.', { cause: error });
	}
	return error;
}
