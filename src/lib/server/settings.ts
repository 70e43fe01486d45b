import { z } from 'zod';

const positiveInteger = z.coerce.number().int().positive();

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
		const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
		throw new Error(`Invalid database configuration:\n  ${problems.join('\n  ')}`);
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
			.min(ADMIN_TOKEN_MIN_LENGTH, `must be at least ${ADMIN_TOKEN_MIN_LENGTH} characters long`)
			.regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces (as `openssl rand -hex 32` gives)')
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
	return { token: null, problem: parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ') };
}
