import { env } from '$env/dynamic/private';
import type { QueryParams, QueryResult } from '$lib/domain/query';
import { queryDatabase } from '../database';
import { runQuery } from './engine';
import { ConcurrencyLimiter } from './limiter';
import { QueryBusyError } from './refusal';
import { limitsOf, readQuerySettings, type QuerySettings } from './settings';

let settings: QuerySettings | undefined;
let limiter: ConcurrencyLimiter | undefined;

/** The console's settings, read once from the environment. */
export function querySettings(): QuerySettings {
	settings ??= readQuerySettings(env);
	return settings;
}

/**
 * Runs a statement for a client of the web app (the console page, a researcher's script), within
 * the per-client and total concurrency limits: throws QueryBusyError beyond them.
 */
export async function runForClient(client: string, statement: string, params: QueryParams): Promise<QueryResult> {
	const current = querySettings();
	limiter ??= new ConcurrencyLimiter(current.QUERY_CONCURRENCY_PER_CLIENT, current.QUERY_CONCURRENCY_TOTAL);
	const release = limiter.acquire(client);
	if (!release) throw new QueryBusyError(`Trop de requêtes en cours : ${current.QUERY_CONCURRENCY_PER_CLIENT} à la fois au plus.`);
	try {
		return await runQuery(queryDatabase(), statement, params, limitsOf(current));
	} finally {
		release();
	}
}
