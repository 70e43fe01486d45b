import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { rateLimitedEndpoints } from '$lib/server/db/settings';

/**
 * The built app, started as a child process for a load run: `node scripts/serve.js` on loopback with the
 * database settings of the environment, so the server under load is the one people deploy.
 */
export interface RunningApp {
	origin: string;
	pid: number;
	stop(): Promise<void>;
}

/** Builds the app unless `build/` already holds one. */
export function ensureBuilt(): void {
	if (existsSync('build/index.js')) return;
	console.error('No build/: running npm run build…');
	const built = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: process.env });
	if (built.status !== 0) throw new Error(`npm run build failed (exit code ${built.status})`);
}

/**
 * The per-client rate limits switched off: the load generator is one client on purpose, and the
 * limits would turn the measure of the endpoints into a count of 429s.
 */
const noRateLimits = Object.fromEntries(rateLimitedEndpoints.map((endpoint) => [`RATE_LIMIT_${endpoint.toUpperCase()}_PER_MINUTE`, '0']));

/** Starts the built app (`node scripts/serve.js`) on 127.0.0.1:`port` (rate limits off) and resolves once it answers. */
export async function startApp(port: number, env: Record<string, string | undefined> = {}): Promise<RunningApp> {
	const origin = `http://127.0.0.1:${port}`;
	const child: ChildProcess = spawn(process.execPath, ['scripts/serve.js'], {
		env: { ...process.env, ...noRateLimits, ...env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: origin },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const deadline = Date.now() + 60_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`the app stopped at start (exit code ${child.exitCode})`);
		try {
			const response = await fetch(`${origin}/api/queries`);
			if (response.ok) break;
		} catch {
			// Not listening yet.
		}
		if (Date.now() > deadline) {
			child.kill('SIGTERM');
			throw new Error(`the app did not answer on ${origin} within 60 s`);
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	return {
		origin,
		pid: child.pid!,
		async stop() {
			if (child.exitCode === null) child.kill('SIGTERM');
			await exited;
		}
	};
}

/** Resident memory of a process now and at its highest (VmRSS, VmHWM), in MB. */
export function residentMemory(pid: number): { rssMb: number; peakRssMb: number } {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const kilobytes = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
	return { rssMb: Math.round(kilobytes('VmRSS') / 102.4) / 10, peakRssMb: Math.round(kilobytes('VmHWM') / 102.4) / 10 };
}

/** What the numbers were measured on: they depend on the machine and on what else it ran. */
export function machine() {
	return {
		node: process.version,
		cpus: cpus().length,
		cpuModel: cpus()[0]?.model ?? 'unknown',
		memoryGb: Math.round(totalmem() / 1_073_741_824),
		loadAverage: loadavg().map((value) => Math.round(value * 10) / 10)
	};
}
