// `npm start`: everything a fresh machine needs to show Maillage on http://localhost:3000 —
// the local Neo4j (unless NEO4J_URI points at another server), the schema, the seed data when
// the graph is empty, a production build of the app, and the server itself.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT, startDatabase } from './db.js';

const ENV_FILE = path.join(ROOT, '.env');

function step(title) {
	console.log(`\n▶ ${title}`);
}

function run(args, description) {
	const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env: process.env });
	if (result.status !== 0) {
		console.error(`\n✖ ${description} failed (exit code ${result.status}).`);
		process.exit(result.status ?? 1);
	}
}

try {
	step('Neo4j');
	const database = await startDatabase({ instance: 'main' });
	if (existsSync(ENV_FILE)) process.loadEnvFile(ENV_FILE);
	if (!database.external) process.env.NEO4J_URI ??= database.uri;

	step('Schema and seed data (only when the graph is empty)');
	run(['scripts/run-ts.js', 'seed/cli.ts', '--if-empty'], 'Seeding');

	if (process.env.MAILLAGE_SKIP_BUILD !== '1' || !existsSync(path.join(ROOT, 'build/index.js'))) {
		step('Building the app');
		run([path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], 'The build');
	}

	const port = process.env.PORT ?? '3000';
	const host = process.env.HOST ?? '127.0.0.1';
	step(`Maillage on http://localhost:${port} (Ctrl+C to stop; Neo4j keeps running: npm run db:stop)`);
	const server = spawn(process.execPath, ['build/index.js'], {
		cwd: ROOT,
		stdio: 'inherit',
		env: { ...process.env, PORT: port, HOST: host }
	});
	for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
	server.on('exit', (code) => process.exit(code ?? 0));
} catch (error) {
	console.error(`\n✖ ${error instanceof Error ? error.message : error}`);
	process.exit(1);
}
