// `npm run test:openapi`: the API checked against its own description by schemathesis (PyPI).
// Starts the app as `npm start -- --instance smoke` does (its own Neo4j and seeded graph, never the
// user's) on SCHEMATHESIS_APP_PORT (3200), runs every check of schemathesis on /api/openapi.json
// with the settings of tests/openapi/schemathesis.toml and a fixed seed, stops the app, and exits
// with schemathesis' code: 0 when nothing failed. The smoke Neo4j is left as it was found.
//
// schemathesis comes from SCHEMATHESIS (a path to its `st`), or is installed once, at the version
// below, in a virtual environment under node_modules/.cache (python3 and PyPI needed that time).
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { databaseStatus, ROOT, stopDatabase } from './db.js';
import { RATE_LIMITS_OFF } from './rate-limits-off.js';

const VERSION = '4.32.5';
const PORT = process.env.SCHEMATHESIS_APP_PORT ?? '3200';
const BASE = `http://127.0.0.1:${PORT}`;
const SEED = process.env.SCHEMATHESIS_SEED ?? '20261205';
const EXAMPLES = process.env.SCHEMATHESIS_MAX_EXAMPLES ?? '10';
const VENV = path.join(ROOT, 'node_modules/.cache/schemathesis');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The `st` program: the one given, or ours, installed on first use. */
function schemathesis() {
	if (process.env.SCHEMATHESIS) return process.env.SCHEMATHESIS;
	const st = path.join(VENV, 'bin/st');
	const installed = spawnSync(st, ['--version'], { encoding: 'utf8' });
	if (installed.status === 0 && installed.stdout.includes(VERSION)) return st;
	console.log(`▶ Installation de schemathesis ${VERSION} (PyPI) dans ${path.relative(ROOT, VENV)}`);
	for (const args of [
		['python3', ['-m', 'venv', VENV]],
		[path.join(VENV, 'bin/pip'), ['install', '--quiet', '--disable-pip-version-check', `schemathesis==${VERSION}`]]
	]) {
		const result = spawnSync(args[0], args[1], { stdio: 'inherit' });
		if (result.status !== 0)
			throw new Error(`${args[0]} ${args[1].join(' ')} : échec (code ${result.status}). python3 et l'accès à PyPI sont nécessaires.`);
	}
	return st;
}

async function waitUntilReady(app) {
	for (let attempt = 0; attempt < 20 * 60; attempt++) {
		if (app.exitCode !== null) throw new Error(`l'application s'est arrêtée (code ${app.exitCode}) avant de répondre.`);
		const ready = await fetch(`${BASE}/readyz`).then(
			(response) => response.status === 200,
			() => false
		);
		if (ready) return;
		await sleep(1_000);
	}
	throw new Error(`${BASE}/readyz n'a pas répondu 200 en 20 min.`);
}

function stopApp(app) {
	return new Promise((resolve) => {
		if (app.exitCode !== null || app.signalCode !== null) return resolve();
		app.once('exit', () => resolve());
		// The whole process group: start.js and the server it spawned.
		process.kill(-app.pid, 'SIGTERM');
	});
}

const st = schemathesis();
// The smoke instance is stopped afterwards unless it was running already.
const wasRunning = (await databaseStatus({ instance: 'smoke' })).running;
const app = spawn(process.execPath, [path.join(ROOT, 'scripts/start.js'), '--instance', 'smoke'], {
	cwd: ROOT,
	stdio: ['ignore', 'inherit', 'inherit'],
	detached: true,
	// A new build unless MAILLAGE_SKIP_BUILD=1 (CI's, just made); warnings only in the log, not every
	// request; no rate limits, which would leave what is behind them untested.
	env: {
		...process.env,
		...RATE_LIMITS_OFF,
		PORT,
		HOST: '127.0.0.1',
		MAILLAGE_SKIP_BUILD: process.env.MAILLAGE_SKIP_BUILD ?? '0',
		LOG_LEVEL: 'warn'
	}
});
let code = 1;
try {
	await waitUntilReady(app);
	const args = [
		'--config-file',
		path.join(ROOT, 'tests/openapi/schemathesis.toml'),
		'run',
		`${BASE}/api/openapi.json`,
		'--checks',
		'all',
		'--max-examples',
		EXAMPLES,
		'--seed',
		SEED,
		'--generation-database',
		'none',
		'--no-color'
	];
	console.log(`\n▶ ${path.basename(st)} ${args.join(' ')}`);
	const result = spawnSync(st, args, { stdio: 'inherit', cwd: ROOT });
	code = result.status ?? 1;
	if (code !== 0) console.error(`\n✖ schemathesis : des échecs (code ${code}). Rejouer : SCHEMATHESIS_SEED=${SEED} npm run test:openapi`);
} catch (error) {
	console.error(`\n✖ ${error instanceof Error ? error.message : error}`);
} finally {
	await stopApp(app);
	if (!wasRunning) await stopDatabase({ instance: 'smoke' });
}
process.exit(code);
