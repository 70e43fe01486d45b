import { spawn } from 'node:child_process';
import autocannon from 'autocannon';
import { z } from 'zod';
import { summarise, type LatencySummary } from './stats';

/**
 * The HTTP load generator: autocannon, in a process of its own so that the client's work never
 * counts against the server's. The parent writes the plan as JSON on the child's stdin and reads
 * one `RESULT {…}` line back.
 */

const requestSchema = z.object({
	method: z.enum(['GET', 'POST']),
	path: z.string().startsWith('/'),
	body: z.string().optional(),
	/** Groups the figures (the soak mixes endpoints). */
	kind: z.string().default('all')
});

export const loadPlanSchema = z.object({
	origin: z.url(),
	requests: z.array(requestSchema).min(1),
	connections: z.number().int().min(1).max(200),
	seconds: z.number().positive().max(600),
	/** A fixed number of requests instead of a duration. */
	amount: z.number().int().positive().optional(),
	timeoutSeconds: z.number().positive().default(60)
});
export type LoadPlan = z.input<typeof loadPlanSchema>;

/** Figures of one kind of request. */
export interface KindFigures extends LatencySummary {
	statuses: Record<string, number>;
}

/** What the load generator measured. */
export interface LoadResult {
	seconds: number;
	requests: number;
	requestsPerSecond: number;
	/** Socket errors and time-outs: no HTTP answer at all. */
	errors: number;
	timeouts: number;
	statuses: Record<string, number>;
	latency: LatencySummary;
	byKind: Record<string, KindFigures>;
}

/** Runs the plan in a child process (`node scripts/run-ts.js bench/load/http-load.ts --child`). */
export function runLoad(plan: LoadPlan): Promise<LoadResult> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['scripts/run-ts.js', 'bench/load/http-load.ts', '--child'], {
			env: process.env,
			stdio: ['pipe', 'pipe', 'inherit']
		});
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.on('error', reject);
		child.on('exit', (code) => {
			const line = output.split('\n').find((text) => text.startsWith('RESULT '));
			if (code !== 0 || !line) reject(new Error(`the load generator failed (exit code ${code}): ${output.slice(-2000)}`));
			else resolve(JSON.parse(line.slice('RESULT '.length)) as LoadResult);
		});
		child.stdin.end(JSON.stringify(plan));
	});
}

/** In the child: runs autocannon over the plan's requests, each connection taking the next request of the list. */
async function generate(plan: z.output<typeof loadPlanSchema>): Promise<LoadResult> {
	let next = 0;
	const latencies: number[] = [];
	const byKind = new Map<string, { latencies: number[]; statuses: Record<string, number> }>();
	const statuses: Record<string, number> = {};
	// Which request each connection has in flight (one at a time: no pipelining).
	const inFlight = new WeakMap<object, string>();
	const started = performance.now();
	const result = await new Promise<autocannon.Result>((resolve, reject) => {
		const instance = autocannon(
			{
				url: plan.origin,
				connections: plan.connections,
				...(plan.amount ? { amount: plan.amount } : { duration: plan.seconds }),
				timeout: plan.timeoutSeconds,
				requests: [
					{
						// One shared list for every connection: each takes the next request, so the mix holds whatever the concurrency.
						setupRequest: (request, context) => {
							const chosen = plan.requests[next++ % plan.requests.length];
							inFlight.set(context, chosen.kind);
							return {
								...request,
								method: chosen.method,
								path: chosen.path,
								...(chosen.body ? { body: chosen.body, headers: { 'content-type': 'application/json' } } : {})
							};
						}
					}
				]
			},
			(error: unknown, finished) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(finished))
		);
		instance.on('response', (client, status, _bytes, ms) => {
			// Without pipelining a connection has one request in flight: its iterator's context names it.
			const context = (client as unknown as { requestIterator?: { context: object } }).requestIterator?.context;
			const kind = (context && inFlight.get(context)) ?? 'all';
			latencies.push(ms);
			statuses[status] = (statuses[status] ?? 0) + 1;
			const figures = byKind.get(kind) ?? { latencies: [], statuses: {} };
			figures.latencies.push(ms);
			figures.statuses[status] = (figures.statuses[status] ?? 0) + 1;
			byKind.set(kind, figures);
		});
	});
	const seconds = (performance.now() - started) / 1000;
	return {
		seconds: Math.round(seconds * 10) / 10,
		requests: latencies.length,
		requestsPerSecond: Math.round((latencies.length / seconds) * 10) / 10,
		errors: result.errors,
		timeouts: result.timeouts,
		statuses,
		latency: summarise(latencies),
		byKind: Object.fromEntries(
			[...byKind.entries()].map(([kind, figures]) => [kind, { ...summarise(figures.latencies), statuses: figures.statuses }])
		)
	};
}

export async function main(args: string[]): Promise<number> {
	if (!args.includes('--child')) throw new Error('run through runLoad()');
	let input = '';
	for await (const chunk of process.stdin) input += String(chunk);
	const plan = loadPlanSchema.parse(JSON.parse(input));
	console.log(`RESULT ${JSON.stringify(await generate(plan))}`);
	return 0;
}
