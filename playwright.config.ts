import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4173);

/** The administrator token of the journeys' server: a test value, on a server that only listens on loopback. */
export const E2E_ADMIN_TOKEN = 'e2e-administrator-token-not-a-secret-0123456789';

/** The key that seals account data on the journeys' servers: a test value. */
const E2E_SECRET_KEY = 'e2e-key-for-sealed-account-data-not-a-secret';

/** The servers' request logs would drown the journeys' output: quiet unless LOG_LEVEL asks. */
const logLevel = process.env.LOG_LEVEL ?? 'silent';

/**
 * The journeys' main server: budgets high enough that the journeys and the fuzzing (which call the
 * partner finder and the console many times from one address) never meet them.
 */
const generousRateLimits = Object.fromEntries(
	['PARTNERS', 'RECOGNISE', 'QUERY', 'ANALYSIS', 'EXPORT', 'VIEWS', 'SIGNIN', 'WRITES'].flatMap((endpoint) => [
		[`RATE_LIMIT_${endpoint}_BURST`, '100000'],
		[`RATE_LIMIT_${endpoint}_PER_MINUTE`, '100000']
	])
);

/** The second server's tight budgets, for the rate-limit journey: 2 calls, then one every 5 s. */
export const TIGHT_RATE_LIMIT = { burst: 2, perMinute: 12 };
const tightRateLimits = Object.fromEntries(
	['PARTNERS', 'RECOGNISE', 'QUERY', 'ANALYSIS', 'EXPORT', 'VIEWS'].flatMap((endpoint) => [
		[`RATE_LIMIT_${endpoint}_BURST`, String(TIGHT_RATE_LIMIT.burst)],
		[`RATE_LIMIT_${endpoint}_PER_MINUTE`, String(TIGHT_RATE_LIMIT.perMinute)]
	])
);

/** The sign-in button's text on the journeys' main server. */
export const E2E_OIDC_LABEL = 'Fournisseur de test';

/**
 * The single sign-on of the journeys' main server: the test OpenID provider that scripts/e2e.js
 * starts (tests/support/e2e-oidc-provider.ts; its people are TEST_ACCOUNTS of
 * tests/support/oidc-provider.ts). Set even when empty, so that an OIDC_* of .env never reaches the
 * journeys; without scripts/e2e.js the issuer is empty and the app has no single sign-on.
 */
const singleSignOn = {
	OIDC_ISSUER: process.env.E2E_OIDC_ISSUER ?? '',
	OIDC_CLIENT_ID: process.env.E2E_OIDC_CLIENT_ID ?? '',
	OIDC_CLIENT_SECRET: process.env.E2E_OIDC_CLIENT_SECRET ?? '',
	OIDC_SCOPES: '',
	OIDC_LABEL: E2E_OIDC_LABEL
};
const noSingleSignOn = { OIDC_ISSUER: '', OIDC_CLIENT_ID: '', OIDC_CLIENT_SECRET: '', OIDC_SCOPES: '', OIDC_LABEL: '' };

const database = {
	NEO4J_URI: process.env.NEO4J_TEST_URI ?? `bolt://127.0.0.1:${process.env.NEO4J_TEST_PORT ?? 7688}`,
	NEO4J_USER: process.env.NEO4J_TEST_USER ?? 'neo4j',
	NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD ?? ''
};

/**
 * End-to-end journeys against the BUILT app (`node scripts/serve.js`) backed by the test Neo4j, in Debian's
 * Chromium (Playwright's own browser download is neither needed nor used).
 */
export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	outputDir: 'test-results/e2e',
	workers: 1,
	reporter: [['list'], ['json', { outputFile: 'test-results/e2e-report.json' }]],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		locale: 'fr-FR',
		screenshot: 'only-on-failure',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	webServer: [
		{
			command: 'node scripts/serve.js',
			url: `http://127.0.0.1:${port}/healthz`,
			reuseExistingServer: false,
			timeout: 60_000,
			env: {
				PORT: String(port),
				HOST: '127.0.0.1',
				ORIGIN: `http://127.0.0.1:${port}`,
				...database,
				...generousRateLimits,
				...singleSignOn,
				MAILLAGE_ADMIN_TOKEN: E2E_ADMIN_TOKEN,
				MAILLAGE_SECRET_KEY: E2E_SECRET_KEY,
				LOG_LEVEL: logLevel
			}
		},
		{
			// The same app without an administrator token (its write endpoints must refuse with 403), and
			// with tight rate limits (the expensive endpoints must answer 429, then let the client in again).
			// No single sign-on: the provider knows only the main server's redirect URI.
			command: 'node scripts/serve.js',
			url: `http://127.0.0.1:${port + 1}/healthz`,
			reuseExistingServer: false,
			timeout: 60_000,
			env: {
				PORT: String(port + 1),
				HOST: '127.0.0.1',
				ORIGIN: `http://127.0.0.1:${port + 1}`,
				...database,
				...tightRateLimits,
				...noSingleSignOn,
				MAILLAGE_ADMIN_TOKEN: '',
				MAILLAGE_SECRET_KEY: E2E_SECRET_KEY,
				LOG_LEVEL: logLevel
			}
		}
	],
	projects: [
		{ name: 'journeys', testIgnore: /database-outage|database-faults/ },
		// Stop and restart the test database: run alone, after every other journey.
		{ name: 'outage', testMatch: /database-(outage|faults)\.e2e\.ts/, dependencies: ['journeys'] }
	]
});
