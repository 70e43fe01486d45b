// CI's proof that the README's main command works on a clean checkout: runs `npm start` against
// its own Neo4j instance (`smoke`: its own data folder and port) and its own app port, waits until
// /readyz answers, fetches the home page and one API answer, then stops everything it started.
// Exit code 0 only when all of that worked. Usage: node scripts/smoke-start.js
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT, stopDatabase } from './db.js';

const PORT = process.env.SMOKE_APP_PORT ?? '3100';
const BASE = `http://127.0.0.1:${PORT}`;
// A fresh clone builds the app and loads the whole seed before it can answer: allow for a slow machine.
const READY_WITHIN_MS = Number(process.env.SMOKE_READY_WITHIN_MS ?? 20 * 60_000);

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function fail(message) {
	throw new Error(message);
}

async function waitUntilReady(app) {
	const deadline = Date.now() + READY_WITHIN_MS;
	while (Date.now() < deadline) {
		if (app.exitCode !== null) fail(`npm start s'est arrêté avec le code ${app.exitCode} avant que l'application ne réponde.`);
		try {
			const response = await fetch(`${BASE}/readyz`);
			if (response.status === 200) return;
		} catch {
			// Not listening yet.
		}
		await sleep(1_000);
	}
	fail(`${BASE}/readyz n'a pas répondu 200 en ${Math.round(READY_WITHIN_MS / 60_000)} min.`);
}

async function checkPages() {
	const home = await fetch(`${BASE}/`);
	const html = await home.text();
	if (home.status !== 200) fail(`GET / : statut ${home.status}`);
	if (!html.includes('Maillage')) fail('GET / : la page ne nomme pas Maillage.');
	console.log(`✔ GET / : 200, ${html.length} octets`);

	// The seed's own vocabulary: a graph loaded by `npm start` knows its Territoires d'industrie.
	const search = await fetch(`${BASE}/api/search?q=territoire&limit=5`);
	if (search.status !== 200) fail(`GET /api/search : statut ${search.status}`);
	const body = await search.json();
	const results = Array.isArray(body) ? body : (body.results ?? []);
	if (results.length === 0) fail(`GET /api/search?q=territoire : aucun résultat (${JSON.stringify(body).slice(0, 200)})`);
	console.log(`✔ GET /api/search?q=territoire : ${results.length} résultats`);
}

function stopApp(app) {
	return new Promise((resolve) => {
		if (app.exitCode !== null || app.signalCode !== null) return resolve();
		app.once('exit', () => resolve());
		// The whole process group: npm start and the server it spawned.
		try {
			process.kill(-app.pid, 'SIGTERM');
		} catch {
			app.kill('SIGTERM');
		}
		setTimeout(() => {
			try {
				process.kill(-app.pid, 'SIGKILL');
			} catch {
				// Already gone.
			}
		}, 15_000).unref();
	});
}

const app = spawn(process.execPath, [path.join(ROOT, 'scripts/start.js'), '--instance', 'smoke'], {
	cwd: ROOT,
	stdio: 'inherit',
	detached: true,
	env: { ...process.env, PORT, HOST: '127.0.0.1', MAILLAGE_SKIP_BUILD: '0' }
});

let code = 0;
try {
	await waitUntilReady(app);
	await checkPages();
	console.log('✔ npm start fonctionne de bout en bout.');
} catch (error) {
	console.error(`✖ Vérification de npm start : ${error instanceof Error ? error.message : error}`);
	code = 1;
} finally {
	await stopApp(app);
	await stopDatabase({ instance: 'smoke' });
}
process.exit(code);
