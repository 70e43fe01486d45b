// `npm run test:e2e`: starts the test Neo4j, loads the fixture, builds the app, starts the test
// OpenID provider, then runs the Playwright journeys against the built server. Extra arguments go
// to Playwright.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT, startDatabase } from './db.js';

function run(args, description) {
	const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env: process.env });
	if (result.status !== 0) {
		console.error(`✖ ${description} failed (exit code ${result.status}).`);
		process.exit(result.status ?? 1);
	}
}

const database = await startDatabase({ instance: 'test' });
if (existsSync(path.join(ROOT, '.env'))) process.loadEnvFile(path.join(ROOT, '.env'));
// NEO4J_TEST_URI stays unset for a local instance: db.js reads it as "external, never start one".
if (database.external) process.env.NEO4J_TEST_URI ??= database.uri;
// The outage journey stops and restarts the database: only allowed on the local test instance.
if (database.external) process.env.E2E_EXTERNAL_DATABASE = '1';
process.env.NEO4J_TEST_PASSWORD ??= database.password;

/**
 * The single sign-on's provider (tests/support/e2e-oidc-provider.ts) as a child process on
 * E2E_OIDC_PORT (3390 unless set), its client's redirect URI on the journeys' app. Resolves once
 * it listens, with what the app needs to reach it; playwright.config.ts hands that to the app.
 */
function startOidcProvider() {
	const port = process.env.E2E_OIDC_PORT ?? '3390';
	const redirectUri = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}/connexion/sso/retour`;
	const child = spawn(process.execPath, ['scripts/run-ts.js', 'tests/support/e2e-oidc-provider.ts'], {
		cwd: ROOT,
		stdio: ['ignore', 'pipe', 'inherit'],
		env: { ...process.env, E2E_OIDC_PORT: port, E2E_OIDC_REDIRECT_URI: redirectUri }
	});
	// Whatever way this script ends, the provider does not outlive it.
	process.on('exit', () => child.kill());
	const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
	return new Promise((resolve, reject) => {
		let output = '';
		child.stdout.on('data', (chunk) => {
			output += chunk;
			const ready = /^OIDC_PROVIDER_READY (.+)$/m.exec(output);
			if (!ready) return;
			child.stdout.removeAllListeners('data');
			child.stdout.pipe(process.stdout);
			const stop = async () => {
				child.kill('SIGTERM');
				await exited;
			};
			resolve({ ...JSON.parse(ready[1]), stop });
		});
		void exited.then((code) =>
			reject(
				new Error(
					`The test OpenID provider stopped (${code}) before it listened on port ${port} (E2E_OIDC_PORT chooses another).\n${output}`
				)
			)
		);
	});
}

run(['scripts/run-ts.js', 'tests/support/prepare-test-graph.ts'], 'Loading the test fixture');
if (process.env.E2E_SKIP_BUILD !== '1') run([path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], 'The build');

let provider;
try {
	provider = await startOidcProvider();
} catch (error) {
	console.error(`✖ ${error.message}`);
	process.exit(1);
}
// Always these values, whatever .env says: the journeys' app signs in at the test provider only.
process.env.E2E_OIDC_ISSUER = provider.issuer;
process.env.E2E_OIDC_CLIENT_ID = provider.clientId;
process.env.E2E_OIDC_CLIENT_SECRET = provider.clientSecret;
console.log(`Test OpenID provider: ${provider.issuer} (client ${provider.clientId})`);

// Not spawnSync: this process keeps reading the provider's output while the journeys run.
const playwright = spawn(process.execPath, [path.join(ROOT, 'node_modules/@playwright/test/cli.js'), 'test', ...process.argv.slice(2)], {
	cwd: ROOT,
	stdio: 'inherit',
	env: process.env
});
const status = await new Promise((resolve) => playwright.once('exit', (code) => resolve(code ?? 1)));
await provider.stop();
if (status !== 0) {
	console.error(`✖ The end-to-end journeys failed (exit code ${status}).`);
	process.exit(status);
}
