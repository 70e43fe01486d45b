import { z } from 'zod';
import { describeIssues } from '$lib/domain/issues';
import { ENVIRONMENT } from '$lib/server/db/settings';

const unsetWhenEmpty = (value: unknown) => (value === '' ? undefined : value);
const limit = (max: number) => z.preprocess(unsetWhenEmpty, z.coerce.number().int().positive().max(max).optional());

/** Limits of the query console and API, from environment variables. */
export const querySettingsSchema = z
	.object({
		/** Longest a query may run, planning included; the server stops it after that. */
		QUERY_TIMEOUT_MS: limit(600_000).default(10_000),
		/** Most rows one answer carries; `truncated` says when more exist. */
		QUERY_ROW_CAP: limit(100_000).default(5_000),
		/** Queries one client (by IP address) may run at once; the next answers 429. */
		QUERY_CONCURRENCY_PER_CLIENT: limit(100).default(2),
		/** Queries all clients together may run at once, so that the explorer keeps its share of the database. */
		QUERY_CONCURRENCY_TOTAL: limit(1_000).default(8),
		/**
		 * A Neo4j user with read-only rights for the console (Enterprise or Aura: a user with the
		 * `reader` role). Community has no roles: the console then uses the app's user and relies on
		 * READ transactions, the plan check and the rollback.
		 */
		NEO4J_QUERY_USER: z.preprocess(unsetWhenEmpty, z.string().min(1).optional()),
		NEO4J_QUERY_PASSWORD: z.preprocess(unsetWhenEmpty, z.string().min(1).optional())
	})
	.refine((settings) => (settings.NEO4J_QUERY_USER === undefined) === (settings.NEO4J_QUERY_PASSWORD === undefined), {
		message: 'NEO4J_QUERY_USER and NEO4J_QUERY_PASSWORD go together: set both or neither',
		path: ['NEO4J_QUERY_PASSWORD']
	});
export type QuerySettings = z.infer<typeof querySettingsSchema>;

/** The limits a query runs under. */
export interface QueryLimits {
	timeoutMs: number;
	rowCap: number;
	/** Past the time-out, how long the server gets to stop the statement before the caller is answered (1 s by default). */
	graceMs?: number;
}

/** Reads and validates the settings; the error names every wrong variable. */
export function readQuerySettings(env: Record<string, string | undefined>): QuerySettings {
	const parsed = querySettingsSchema.safeParse(env);
	if (!parsed.success) {
		throw new Error(`Invalid query configuration:\n  ${describeIssues(parsed.error.issues, ENVIRONMENT)}`);
	}
	return parsed.data;
}

/** The limits part of the settings. */
export function limitsOf(settings: QuerySettings): QueryLimits {
	return { timeoutMs: settings.QUERY_TIMEOUT_MS, rowCap: settings.QUERY_ROW_CAP };
}
