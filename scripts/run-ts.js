// Runs one of the project's TypeScript entry points (seed loader, query CLI, benchmarks) through
// Vite's module runner, so that it resolves `$lib` and bundles `cypher/**/*.cypher` exactly as the
// app does. Usage: node scripts/run-ts.js <entry.ts> [arguments…]
// The entry exports `main(args: string[]): Promise<number>`; its result is the exit code.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { createServer, createServerModuleRunner } from 'vite';
import { ensureSvelteKitSync } from './svelte-kit-sync.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
	console.error('Usage: node scripts/run-ts.js <entry.ts> [arguments…]');
	process.exit(2);
}
if (existsSync(path.join(root, '.env'))) process.loadEnvFile(path.join(root, '.env'));
// Vite reads tsconfig.json, which extends the generated .svelte-kit/tsconfig.json.
ensureSvelteKitSync();

// Server modules read settings through SvelteKit's `$env/dynamic/private`: in a script, the process environment.
const ENV_MODULE = '\0env-dynamic-private';
const environmentModule = {
	name: 'maillage-env-dynamic-private',
	resolveId: (id) => (id === '$env/dynamic/private' ? ENV_MODULE : undefined),
	load: (id) => (id === ENV_MODULE ? 'export const env = process.env;' : undefined)
};

const server = await createServer({
	root,
	configFile: false,
	logLevel: 'warn',
	appType: 'custom',
	server: { middlewareMode: true, hmr: false, ws: false, watch: null },
	resolve: { alias: { $lib: path.join(root, 'src/lib') } },
	plugins: [environmentModule],
	optimizeDeps: { noDiscovery: true, include: [] }
});
let code = 1;
try {
	const runner = createServerModuleRunner(server.environments.ssr, { hmr: false });
	const module = await runner.import(path.resolve(root, entry));
	code = await module.main(args);
	await runner.close();
} catch (error) {
	console.error(error instanceof Error ? (error.stack ?? error.message) : error);
} finally {
	await server.close();
}
process.exit(code ?? 0);
