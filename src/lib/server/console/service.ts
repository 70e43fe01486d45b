import { env } from '$env/dynamic/private';
import type { QueryResult } from '$lib/domain/query';
import { parametersSchema, type SavedQuery } from '$lib/domain/saved-query';
import type { GraphSchema } from '$lib/domain/graph-schema';
import { database, databaseAs } from '$lib/server/db/database';
import type { Database } from '$lib/server/db/neo4j';
import { schemaTokensRow, statement } from '$lib/server/db/rows';
import { runQuery } from './engine';
import { savedQueries } from './library';
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
 * The connection the console runs on: a read-only Neo4j user when NEO4J_QUERY_USER is set
 * (Enterprise, Aura), else the app's own connection (Community, which has no roles).
 */
function queryDatabase(): Database {
	const { NEO4J_QUERY_USER, NEO4J_QUERY_PASSWORD } = querySettings();
	return NEO4J_QUERY_USER && NEO4J_QUERY_PASSWORD ? databaseAs(NEO4J_QUERY_USER, NEO4J_QUERY_PASSWORD) : database();
}

/**
 * Runs a statement for a client of the web app (the console page, a researcher's script), within
 * the per-client and total concurrency limits: throws QueryBusyError beyond them.
 */
export async function runForClient(client: string, text: string, params: Record<string, unknown>): Promise<QueryResult> {
	const current = querySettings();
	limiter ??= new ConcurrencyLimiter(current.QUERY_CONCURRENCY_PER_CLIENT, current.QUERY_CONCURRENCY_TOTAL);
	const release = limiter.acquire(client);
	if (!release) throw new QueryBusyError(`Trop de requêtes en cours : ${current.QUERY_CONCURRENCY_PER_CLIENT} à la fois au plus.`);
	try {
		return await runQuery(queryDatabase(), text, params, limitsOf(current));
	} finally {
		release();
	}
}

/** Every saved query of the library, in file order. */
export function listSavedQueries(): SavedQuery[] {
	return [...savedQueries().values()];
}

/** One saved query, or undefined. */
export function savedQuery(id: string): SavedQuery | undefined {
	return savedQueries().get(id);
}

/** The zod schema of a saved query's parameters, for the route to validate them. */
export function savedQueryParameters(query: SavedQuery) {
	return parametersSchema(query.parameters);
}

const LIST_SCHEMA_TOKENS = statement('console/list-schema-tokens', schemaTokensRow);

/** Labels, relationship types and property keys of the graph, for the editor's completion. */
export async function graphSchema(): Promise<GraphSchema> {
	const [row] = await LIST_SCHEMA_TOKENS.read(database());
	return row ?? { labels: [], relationshipTypes: [], propertyKeys: [] };
}
