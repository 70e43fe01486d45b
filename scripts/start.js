// `npm start`: everything a fresh machine needs to show Maillage on http://localhost:3000 —
// the local Neo4j (unless NEO4J_URI points at another server), the schema, the seed data when
// the graph is empty, the migration of a graph of an older model, a production build of the app,
// and the server itself.
//
//   npm start                         the user's instance (`main`), app on PORT (3000)
//   npm start -- --instance smoke     CI's smoke check: its own Neo4j and data, never the user's
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { INSTANCES, resolveSecret, ROOT, startDatabase } from './db.js';
import { ensureSvelteKitSync } from './svelte-kit-sync.js';

const ENV_FILE = path.join(ROOT, '.env');

function step(title) {
	console.log(`\n▶ ${title}`);
}

function run(args, description) {
	const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env: process.env });
	if (result.status !== 0) {
		console.error(`\n✖ ${description} : échec (code ${result.status}).`);
		process.exit(result.status ?? 1);
	}
}

/** The instance named by `--instance NAME` or `--instance=NAME`; `main` by default. */
function chosenInstance(args) {
	let instance = 'main';
	for (let i = 0; i < args.length; i++) {
		if (args[i] === '--instance') instance = args[++i];
		else if (args[i].startsWith('--instance=')) instance = args[i].slice('--instance='.length);
		else throw new Error(`Argument inconnu : ${args[i]} (usage : npm start [-- --instance ${Object.keys(INSTANCES).join('|')}])`);
	}
	if (!instance || !(instance in INSTANCES))
		throw new Error(`Instance inconnue : « ${instance} » (attendu : ${Object.keys(INSTANCES).join(', ')})`);
	return instance;
}

try {
	const instance = chosenInstance(process.argv.slice(2));
	step(`Neo4j (${instance})`);
	const database = await startDatabase({ instance });
	// The key that seals account e-mails and password hashes in the database: made once, kept in .env.
	resolveSecret('MAILLAGE_SECRET_KEY', 'the key that seals account data');
	if (existsSync(ENV_FILE)) process.loadEnvFile(ENV_FILE);
	if (instance === 'main') {
		if (!database.external) process.env.NEO4J_URI ??= database.uri;
	} else {
		// Another instance is used whatever the user's .env says, so that nothing touches their graph.
		process.env.NEO4J_URI = database.uri;
		process.env.NEO4J_USER = database.user;
		process.env.NEO4J_PASSWORD = database.password ?? '';
	}

	step('Fichiers générés par SvelteKit');
	ensureSvelteKitSync();

	step('Schéma et données (seulement si le graphe est vide)');
	run(['scripts/run-ts.js', 'seed/cli.ts', '--if-empty'], 'Le chargement des données');

	step('Modèle du graphe (migration seulement si le graphe est à un modèle plus ancien)');
	run(['scripts/run-ts.js', 'seed/migrate/cli.ts', '--if-outdated'], 'La migration');

	if (process.env.MAILLAGE_SKIP_BUILD !== '1' || !existsSync(path.join(ROOT, 'build/index.js'))) {
		step("Construction de l'application");
		run([path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], 'La construction');
	}

	const port = process.env.PORT ?? '3000';
	const host = process.env.HOST ?? '127.0.0.1';
	step(`Maillage sur http://localhost:${port} (Ctrl+C pour arrêter ; Neo4j continue : npm run db:stop)`);
	const server = spawn(process.execPath, ['scripts/serve.js'], {
		cwd: ROOT,
		stdio: 'inherit',
		// Without ORIGIN the server takes every request for https (adapter-node's default): forms
		// (sign-in, contributions) would be refused as cross-site and the session cookie would need TLS.
		// BODY_SIZE_LIMIT: a file given as a source may weigh 10 Mo (docs/deployment.md).
		env: {
			ORIGIN: process.env.PROTOCOL_HEADER ? undefined : `http://localhost:${port}`,
			BODY_SIZE_LIMIT: '11M',
			...process.env,
			PORT: port,
			HOST: host
		}
	});
	for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
	server.on('exit', (code) => process.exit(code ?? 0));
} catch (error) {
	console.error(`\n✖ ${error instanceof Error ? error.message : error}`);
	process.exit(1);
}
