import { z } from 'zod';
import { describeIssues, type IssueWording } from '$lib/domain/issues';

const positiveInteger = z.coerce.number().int().positive();

/** Settings problems name environment variables, one per line. */
export const ENVIRONMENT: IssueWording = { noun: 'variable', separator: '\n  ' };

/** Database settings read from environment variables (the only configuration source). */
export const databaseSettingsSchema = z.object({
	NEO4J_URI: z
		.string()
		.regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'must be a bolt://, neo4j://, bolt+s:// or neo4j+s:// URI')
		.default('bolt://127.0.0.1:7687'),
	NEO4J_USER: z.string().min(1).default('neo4j'),
	NEO4J_PASSWORD: z.string({ error: 'NEO4J_PASSWORD is not set: run `npm run db:start` once, or set it for your server' }).min(1),
	NEO4J_DATABASE: z.string().min(1).optional(),
	/** Longest time one read may run before the server cuts it. */
	NEO4J_READ_TIMEOUT_MS: positiveInteger.default(10_000),
	/** Longest time one write transaction may run (seed batches are larger than reads). */
	NEO4J_WRITE_TIMEOUT_MS: positiveInteger.default(120_000),
	/** How long a request waits for a connection before answering "database unavailable". */
	NEO4J_CONNECT_TIMEOUT_MS: positiveInteger.default(3_000)
});
export type DatabaseSettings = z.infer<typeof databaseSettingsSchema>;

/** Reads and validates the settings; the error names every wrong variable. */
export function readDatabaseSettings(env: Record<string, string | undefined>): DatabaseSettings {
	const parsed = databaseSettingsSchema.safeParse(env);
	if (!parsed.success) {
		throw new Error(`Invalid database configuration:\n  ${describeIssues(parsed.error.issues, ENVIRONMENT)}`);
	}
	return parsed.data;
}

/**
 * The environment of the test database: the tests never touch the user's data, so they read
 * NEO4J_TEST_URI / NEO4J_TEST_USER / NEO4J_TEST_PASSWORD (local test instance on port 7688, or NEO4J_TEST_PORT).
 */
export function testDatabaseEnvironment(env: Record<string, string | undefined>): Record<string, string | undefined> {
	return {
		...env,
		NEO4J_URI: env.NEO4J_TEST_URI ?? `bolt://127.0.0.1:${env.NEO4J_TEST_PORT ?? 7688}`,
		NEO4J_USER: env.NEO4J_TEST_USER ?? 'neo4j',
		NEO4J_PASSWORD: env.NEO4J_TEST_PASSWORD,
		NEO4J_DATABASE: env.NEO4J_TEST_DATABASE
	};
}

/** Shortest administrator token accepted: 32 characters, as `openssl rand -hex 16` gives. */
export const ADMIN_TOKEN_MIN_LENGTH = 32;

/** The administrator token that opens the write endpoints; unset (or empty) leaves them closed. */
export const adminSettingsSchema = z.object({
	MAILLAGE_ADMIN_TOKEN: z.preprocess(
		(value) => (value === '' ? undefined : value),
		z
			.string()
			.min(ADMIN_TOKEN_MIN_LENGTH, `doit compter au moins ${ADMIN_TOKEN_MIN_LENGTH} caractères`)
			.regex(/^[\x21-\x7e]+$/, 'doit être en ASCII imprimable, sans espace (comme ce que donne « openssl rand -hex 32 »)')
			.optional()
	)
});

/**
 * The administrator token, or why there is none: `problem` names what is wrong with a token that
 * is set but unusable, so that the write endpoints can say how to fix it rather than fail.
 */
export function readAdminSettings(env: Record<string, string | undefined>): { token: string | null; problem: string | null } {
	const parsed = adminSettingsSchema.safeParse({ MAILLAGE_ADMIN_TOKEN: env.MAILLAGE_ADMIN_TOKEN });
	if (parsed.success) return { token: parsed.data.MAILLAGE_ADMIN_TOKEN ?? null, problem: null };
	return { token: null, problem: describeIssues(parsed.error.issues, { noun: 'variable' }) };
}

/** The endpoints that cost the database most, each with its own budget per client. */
export const rateLimitedEndpoints = ['partners', 'recognise', 'query', 'analysis', 'export', 'views', 'signin', 'writes'] as const;
export type RateLimitedEndpoint = (typeof rateLimitedEndpoints)[number];

/** The default budget of each endpoint: a burst, then so many calls a minute. */
export const RATE_LIMIT_DEFAULTS: Readonly<Record<RateLimitedEndpoint, { burst: number; perMinute: number }>> = Object.freeze({
	// A person refines a project a few times a minute; a script looping on it is stopped.
	partners: { burst: 10, perMinute: 30 },
	// The partner page reads the text again as it is typed (debounced): a looser budget.
	recognise: { burst: 30, perMinute: 120 },
	// POST /api/query and POST /api/queries/:id share one budget.
	query: { burst: 10, perMinute: 30 },
	analysis: { burst: 5, perMinute: 20 },
	// A whole-graph export streams every page of the graph.
	export: { burst: 3, perMinute: 6 },
	// Saving a view is a write, open to all: enough to share views all day, not to fill the database.
	views: { burst: 10, perMinute: 30 },
	// Sign-in attempts per address, beside the per-account lock-out: slows guessing across many accounts.
	signin: { burst: 10, perMinute: 10 },
	// Contributions, reviews and reverts of signed-in people: a day's curation, not a flood.
	writes: { burst: 30, perMinute: 60 }
});

const rateNumber = (max: number) =>
	z.preprocess((value) => (value === '' ? undefined : value), z.coerce.number().finite().min(0).max(max).optional());

/**
 * Per-client rate limits, from `RATE_LIMIT_<ENDPOINT>_BURST` and `RATE_LIMIT_<ENDPOINT>_PER_MINUTE`
 * (endpoint: PARTNERS, RECOGNISE, QUERY, ANALYSIS, EXPORT, VIEWS, SIGNIN, WRITES); a PER_MINUTE of 0 turns that limit off.
 * `RATE_LIMIT_MAX_CLIENTS` bounds the clients remembered at once.
 */
export const rateLimitSettingsSchema = z.object({
	RATE_LIMIT_MAX_CLIENTS: z.preprocess((value) => (value === '' ? undefined : value), positiveInteger.max(1_000_000).default(10_000)),
	...Object.fromEntries(
		rateLimitedEndpoints.flatMap((endpoint) => [
			[`RATE_LIMIT_${endpoint.toUpperCase()}_BURST`, rateNumber(1_000_000).pipe(z.number().int().min(1).optional())],
			[`RATE_LIMIT_${endpoint.toUpperCase()}_PER_MINUTE`, rateNumber(10_000_000)]
		])
	)
});

/** The budget of every endpoint (null: unlimited) and the memory bound. */
export interface RateLimitSettings {
	maxClients: number;
	policies: Record<RateLimitedEndpoint, { burst: number; perMinute: number } | null>;
}

/** Reads and validates the rate limits; the error names every wrong variable. */
export function readRateLimitSettings(env: Record<string, string | undefined>): RateLimitSettings {
	const parsed = rateLimitSettingsSchema.safeParse(env);
	if (!parsed.success) {
		throw new Error(`Invalid rate-limit configuration:\n  ${describeIssues(parsed.error.issues, ENVIRONMENT)}`);
	}
	const values = parsed.data as Record<string, number | undefined>;
	const policies = Object.fromEntries(
		rateLimitedEndpoints.map((endpoint) => {
			const name = `RATE_LIMIT_${endpoint.toUpperCase()}`;
			const burst = values[`${name}_BURST`] ?? RATE_LIMIT_DEFAULTS[endpoint].burst;
			const perMinute = values[`${name}_PER_MINUTE`] ?? RATE_LIMIT_DEFAULTS[endpoint].perMinute;
			return [endpoint, perMinute === 0 ? null : { burst, perMinute }];
		})
	) as RateLimitSettings['policies'];
	return { maxClients: values.RATE_LIMIT_MAX_CLIENTS as number, policies };
}
