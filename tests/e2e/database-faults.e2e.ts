import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { startDatabase, stopDatabase } from '../../scripts/db.js';

test.skip(process.env.E2E_EXTERNAL_DATABASE === '1', 'this journey stops the local test database; an external one is left alone');
// Restarting Neo4j on a loaded two-core machine can take two minutes.
test.setTimeout(420_000);

/** Concurrent clients, and the pause each leaves between two calls (the loops stay bounded). */
const LOOPS = 10;
const PAUSE_MS = 250;
/**
 * Longest a call may take before it counts as hung: well past the app's own limits (3 s to
 * connect, 6 s to get a connection, 10 s per read). A hang detector, not a performance claim.
 */
const HANG_MS = 45_000;

/** The calls the loops make, in turn: pages of data, the partner finder's reading, the probes. */
const CALLS = [
	'/api/search?q=cleon',
	'/api/entities/ecosystem-cleon-4-0',
	'/api/graph/neighbourhood?id=ecosystem-cleon-4-0',
	'/api/graph/subgraph?ids=ecosystem-cleon-4-0,region-28',
	'/readyz',
	'/healthz'
];

interface Outcome {
	path: string;
	status: number | 'error';
	detail?: string;
	/** The phase when the call was sent, and when its answer came. */
	phase: Phase;
	ended: Phase;
}
type Phase = 'up' | 'stopping' | 'down' | 'restarting' | 'back';

/** The pid of the journeys' main server: the `node scripts/serve.js` whose PORT is ours (read from /proc). */
function serverPid(port: number): number | null {
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			// Node itself, not the shell Playwright starts it through (which has the same environment).
			const [program, ...args] = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
			if (!/(^|\/)node$/.test(program) || !args.includes('scripts/serve.js')) continue;
			const environment = readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0');
			if (environment.includes(`PORT=${port}`)) return Number(entry);
		} catch {
			// A process that ended meanwhile, or one we may not read.
		}
	}
	return null;
}

/** Resident memory of a process, in kB. */
function residentKb(pid: number): number {
	const line = readFileSync(`/proc/${pid}/status`, 'utf8')
		.split('\n')
		.find((text) => text.startsWith('VmRSS:'));
	return Number(/(\d+)/.exec(line ?? '')?.[1]);
}

async function loop(request: APIRequestContext, offset: number, phase: () => Phase, running: () => boolean, outcomes: Outcome[]) {
	for (let call = offset; running(); call++) {
		const path = CALLS[call % CALLS.length];
		const during = phase();
		try {
			const response = await request.get(path, { timeout: HANG_MS });
			outcomes.push({ path, status: response.status(), phase: during, ended: phase() });
		} catch (caught) {
			outcomes.push({ path, status: 'error', detail: (caught as Error).message.split('\n')[0], phase: during, ended: phase() });
		}
		await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
	}
}

test('under load, a database that stops gets 503s (never a 500, a hang or a reset), and the same process serves again once it is back', async ({
	request,
	baseURL
}) => {
	const port = Number(new URL(baseURL!).port);
	const pid = serverPid(port);
	test.skip(pid === null, 'the server process is not readable in /proc here: no memory check possible');
	const rssBefore = residentKb(pid!);

	const outcomes: Outcome[] = [];
	let phase: Phase = 'up';
	let running = true;
	const loops = Array.from({ length: LOOPS }, (_, index) =>
		loop(
			request,
			index,
			() => phase,
			() => running,
			outcomes
		)
	);
	try {
		await new Promise((resolve) => setTimeout(resolve, 3_000));
		phase = 'stopping';
		await stopDatabase({ instance: 'test' });
		phase = 'down';
		await new Promise((resolve) => setTimeout(resolve, 10_000));
	} finally {
		phase = 'restarting';
		await startDatabase({ instance: 'test' });
	}
	phase = 'back';
	// The service resumes by itself: the loops' own calls succeed again.
	await expect(async () => {
		const recent = outcomes.filter((outcome) => outcome.phase === 'back' && outcome.path === '/api/search?q=cleon');
		expect(recent.at(-1)?.status).toBe(200);
	}).toPass({ timeout: 120_000 });
	await new Promise((resolve) => setTimeout(resolve, 3_000));
	running = false;
	await Promise.all(loops);

	const statuses = new Map<string, number>();
	for (const outcome of outcomes)
		statuses.set(`${outcome.phase} ${outcome.status}`, (statuses.get(`${outcome.phase} ${outcome.status}`) ?? 0) + 1);
	const rssAfter = residentKb(pid!);
	console.log(
		`Database faults: ${outcomes.length} calls from ${LOOPS} loops; ${JSON.stringify(Object.fromEntries(statuses))}; ` +
			`server RSS ${Math.round(rssBefore / 1024)} MB before, ${Math.round(rssAfter / 1024)} MB after`
	);

	// Every call completed with an answer: no reset, no time-out of the hang detector.
	expect(outcomes.filter((outcome) => outcome.status === 'error')).toEqual([]);
	// Only 200, 503 (no database) or 504 (a read cut by its time-out while Neo4j warms up): never a 500.
	expect(outcomes.filter((outcome) => ![200, 503, 504].includes(outcome.status as number))).toEqual([]);
	// A call sent and answered while the database was up, before or after, succeeds.
	const whileUp = outcomes.filter((outcome) => outcome.phase === outcome.ended && (outcome.phase === 'up' || outcome.phase === 'back'));
	expect(whileUp.length).toBeGreaterThan(0);
	expect(whileUp.filter((outcome) => outcome.status !== 200)).toEqual([]);
	// The liveness probe never fails.
	expect(outcomes.filter((outcome) => outcome.path === '/healthz' && outcome.status !== 200)).toEqual([]);
	// The outage was seen (503 while down), and the same process serves again afterwards.
	expect(outcomes.some((outcome) => outcome.phase === 'down' && outcome.status === 503)).toBe(true);
	expect(serverPid(port)).toBe(pid);
	for (const path of CALLS) expect((await request.get(path)).status(), path).toBe(200);
	// No leak that a few thousand failed calls would make visible.
	expect(rssAfter).toBeLessThan(2 * rssBefore);
});
