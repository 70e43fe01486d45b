// `.svelte-kit/` is generated, never committed: `tsconfig.json` extends its tsconfig, so every tool
// that reads TypeScript through Vite (the seed loader, the query CLI, the benchmarks) fails on a
// fresh clone until `svelte-kit sync` has run. Each entry point calls this first instead of
// trusting that a `prepare` script or an earlier `npm test` left the folder behind.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GENERATED_TSCONFIG = path.join(ROOT, '.svelte-kit', 'tsconfig.json');
const SVELTE_KIT = path.join(ROOT, 'node_modules', '@sveltejs', 'kit', 'svelte-kit.js');

/** Runs `svelte-kit sync` when `.svelte-kit/tsconfig.json` is missing; throws if it cannot. */
export function ensureSvelteKitSync() {
	if (existsSync(GENERATED_TSCONFIG)) return;
	const result = spawnSync(process.execPath, [SVELTE_KIT, 'sync'], { cwd: ROOT, stdio: 'inherit', env: process.env });
	if (result.status !== 0 || !existsSync(GENERATED_TSCONFIG)) {
		throw new Error(`« svelte-kit sync » n'a pas pu générer ${path.relative(process.cwd(), GENERATED_TSCONFIG)} (code ${result.status}).`);
	}
}
