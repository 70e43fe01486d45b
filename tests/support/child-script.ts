import { spawn, type ChildProcess } from 'node:child_process';

/** A project script (`scripts/run-ts.js <entry>`) running as a child process, its output collected. */
export interface RunningScript {
	child: ChildProcess;
	/** Standard output and error so far, interleaved. */
	output(): string;
	/** Resolves with the exit code (or the signal's name) once the process is gone. */
	exited: Promise<number | string>;
	/** Resolves once the output matches `pattern`; rejects if the process exits first. */
	waitFor(pattern: RegExp): Promise<void>;
}

/** Starts `node scripts/run-ts.js <entry> …args` with the given extra environment. */
export function runScript(entry: string, args: string[], env: Record<string, string>): RunningScript {
	const child = spawn(process.execPath, ['scripts/run-ts.js', entry, ...args], {
		env: { ...process.env, ...env, LOG_LEVEL: 'silent' },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let text = '';
	const waiters: { pattern: RegExp; resolve: () => void; reject: (error: Error) => void }[] = [];
	const listen = (chunk: Buffer) => {
		text += chunk.toString('utf8');
		for (const waiter of [...waiters]) {
			if (!waiter.pattern.test(text)) continue;
			waiters.splice(waiters.indexOf(waiter), 1);
			waiter.resolve();
		}
	};
	child.stdout?.on('data', listen);
	child.stderr?.on('data', listen);
	const exited = new Promise<number | string>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal ?? -1)));
	void exited.then(() => {
		for (const waiter of waiters.splice(0)) waiter.reject(new Error(`${entry} exited before printing ${waiter.pattern}:\n${text}`));
	});
	return {
		child,
		output: () => text,
		exited,
		waitFor: (pattern) =>
			pattern.test(text) ? Promise.resolve() : new Promise<void>((resolve, reject) => waiters.push({ pattern, resolve, reject }))
	};
}
