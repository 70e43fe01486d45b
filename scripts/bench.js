// `npm run bench`: every benchmark, one after the other — each `bench:<name>` script of
// package.json, in the order listed there. Stops at the first that fails. The soak (a crowd of
// 50 connections for a minute) is left out: run it on its own with `npm run bench:soak`.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { scripts } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const ON_DEMAND = new Set(['bench:soak']);
const benches = Object.keys(scripts).filter((name) => name.startsWith('bench:') && !ON_DEMAND.has(name));
for (const name of benches) {
	console.log(`\n▶ npm run ${name}`);
	const result = spawnSync('npm', ['run', '--silent', name], { cwd: root, stdio: 'inherit', env: process.env });
	if (result.status !== 0) {
		console.error(`\n✖ ${name} failed (exit code ${result.status}).`);
		process.exit(result.status ?? 1);
	}
}
console.log(`\n${benches.length} benchmarks: results in bench/results/.`);
