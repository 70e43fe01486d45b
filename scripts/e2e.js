// `npm run test:e2e`: starts the test Neo4j, loads the fixture, builds the app, then runs the
// Playwright journeys against the built server. Extra arguments go to Playwright.
import { spawnSync } from 'node:child_process';
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

run(['scripts/run-ts.js', 'tests/support/prepare-test-graph.ts'], 'Loading the test fixture');
if (process.env.E2E_SKIP_BUILD !== '1') run([path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], 'The build');
run([path.join(ROOT, 'node_modules/@playwright/test/cli.js'), 'test', ...process.argv.slice(2)], 'The end-to-end journeys');
