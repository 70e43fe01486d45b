import neo4j, { Neo4jError, type Driver, type ManagedTransaction, type Transaction } from 'neo4j-driver';
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

export interface Database {
	/** Runs one read statement in a READ transaction (routed to a follower on a cluster). */
	read(statement: string, parameters?: Parameters, options?: { timeoutMs?: number }): Promise<Row[]>;
	/** Runs one write statement in its own WRITE transaction. */
	write(statement: string, parameters?: Parameters): Promise<Row[]>;
	/** Runs many statements in ONE write transaction: all of them commit, or none. */
	writeTransaction<T>(work: (runner: StatementRunner) => Promise<T>, options?: { timeoutMs?: number }): Promise<T>;
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
				await session.close();
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
				await session.close();
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

const UNAVAILABLE_CODES = new Set([neo4j.error.SERVICE_UNAVAILABLE, neo4j.error.SESSION_EXPIRED]);

/** Maps driver errors to the two conditions the interface explains; others pass through. */
export function translateError(error: unknown, uri: string): unknown {
	if (!(error instanceof Neo4jError)) return error;
	if (UNAVAILABLE_CODES.has(error.code)) {
		return new DatabaseUnavailableError(`Neo4j does not answer at ${uri}.`, { cause: error });
	}
	if (error.code.startsWith('Neo.ClientError.Security.')) {
		return new DatabaseUnavailableError(`Neo4j at ${uri} refused the credentials (check NEO4J_USER and NEO4J_PASSWORD).`, {
			cause: error
		});
	}
	if (error.code.includes('TransactionTimedOut') || error.code.endsWith('Transaction.TransactionTimedOutClientConfiguration')) {
		return new QueryTimeoutError('The query ran longer than its time-out and was stopped.', { cause: error });
	}
	return error;
}
