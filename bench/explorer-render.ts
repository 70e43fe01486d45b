import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { encodeViewState, VIEW_PARAMETER, type ViewState } from '$lib/domain/view';
import { syntheticGraph, type SyntheticGraph } from './synthetic-graph';

/**
 * `npm run bench:explorer`: how the real explorer page copes with large views, in headless
 * Chromium, with the canvas renderer and with WebGL.
 *
 * The built app is served against the main database (it only reads; nothing here writes), and
 * each view is opened the way a shared link opens it: `/explorer?vue=…` names the nodes, and the
 * page asks `GET /api/graph/subgraph` for them. Playwright answers that request with a synthetic
 * graph (`synthetic-graph.ts`), so the page runs unchanged, with no test-only code. `?debug` makes
 * the page expose its Cytoscape instance, which the probe below watches.
 *
 * Arguments: `--rebuild` builds even when `build/` is newer than every source; `--no-build` uses
 * `build/` as it is; `--cases=500,3000` and `--renderers=canvas` run only those; `--no-layout`
 * skips opening the views without positions. `BENCH_DEBUG=1` prints each page's raw timings.
 */

interface Case {
	name: string;
	nodes: number;
	edges: number;
	note: string;
}

const cases: Case[] = [
	{ name: '500', nodes: 150, edges: 350, note: 'a few expansions' },
	{ name: '3000', nodes: 750, edges: 2_250, note: 'a large neighbourhood' },
	{ name: '10000', nodes: 2_300, edges: 7_700, note: '10,000 elements' },
	{ name: '13000', nodes: 3_000, edges: 10_000, note: "the issue's 3,000-node, 10,000-edge view" }
];

const renderers = ['canvas', 'webgl'] as const;
type Renderer = (typeof renderers)[number];

const VIEWPORT = { width: 1366, height: 768 };
/** Seconds of each interaction measured (drag-panning, then wheel-zooming). */
const INTERACTION_SECONDS = 3;
/** Gestures of each kind, the page settling in between: the median is reported, the worst frame of all. */
const GESTURES = 3;
/** One input event every this many milliseconds at most, about what a mouse sends. */
const INPUT_INTERVAL = 16;
/** Longest wait for a view to be drawn; past it the page counts as frozen. */
const DRAW_TIMEOUT = 300_000;
const SOURCES = ['src', 'static', 'cypher', 'svelte.config.js', 'vite.config.ts', 'package.json', 'package-lock.json'];

/** What the page-side probe records, in the page's clock (milliseconds since navigation started). */
interface Probe {
	expected: number;
	expectLayout: boolean;
	added: number;
	allAddedAt?: number;
	layoutStart?: number;
	layoutStop?: number;
	readyAt?: number;
	firstDrawAt?: number;
	/** How long that first draw itself took. */
	firstDrawMs?: number;
	draws: number;
	webgl?: boolean;
	longTasks: { start: number; duration: number }[];
	frames?: {
		start: number;
		count: number;
		last: number;
		worstGap: number;
		stop: boolean;
		redraws: number;
		drawTime: number;
		/** Pan or zoom changes during the gesture. */
		moves: number;
		release: () => void;
	};
}

interface Renderer$ {
	webgl?: boolean;
	render: (...args: unknown[]) => unknown;
	redrawCount?: number;
	redrawTotalTime?: number;
}

interface ProbeWindow {
	__probe: Probe;
	__maillageCy?: {
		renderer(): Renderer$;
		elements(): object;
		on(events: string, handler: () => void): void;
		off(events: string, handler: () => void): void;
		zoom(): number;
		pan(): { x: number; y: number };
	};
}

/**
 * Runs in the page before its own scripts: catches the Cytoscape instance the moment the page
 * exposes it, times its draws (both renderers go through `renderer.render`), the adding of the
 * view's elements and the layout, and records long tasks (the page frozen for 50 ms or more).
 */
function installProbe({ expected, expectLayout }: { expected: number; expectLayout: boolean }) {
	const scope = window as unknown as ProbeWindow;
	const probe: Probe = { expected, expectLayout, added: 0, draws: 0, longTasks: [] };
	scope.__probe = probe;
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
	}).observe({ type: 'longtask', buffered: true });
	let current: ProbeWindow['__maillageCy'];
	// On the prototype, not on `window`: the page deletes its own property when it replaces the
	// instance (switching renderers), which would take an accessor on `window` with it.
	Object.defineProperty(Object.getPrototypeOf(window), '__maillageCy', {
		configurable: true,
		get: () => current,
		set: (cy: ProbeWindow['__maillageCy']) => {
			current = cy;
			if (!cy) return;
			const renderer = cy.renderer();
			probe.webgl = renderer.webgl === true;
			probe.added = 0;
			const render = renderer.render;
			renderer.render = function (this: unknown, ...args: unknown[]) {
				const start = performance.now();
				const result = render.apply(this, args);
				if (probe.readyAt !== undefined && probe.firstDrawAt === undefined) {
					probe.firstDrawAt = performance.now();
					probe.firstDrawMs = probe.firstDrawAt - start;
				}
				probe.draws++;
				return result;
			};
			cy.on('add', () => {
				probe.added++;
				if (probe.added !== probe.expected) return;
				probe.allAddedAt = performance.now();
				if (!probe.expectLayout) probe.readyAt = probe.allAddedAt;
			});
			// `layoutstart` only fires once fcose has computed its positions: the run itself is timed instead.
			const collection = Object.getPrototypeOf(cy.elements()) as { layout: (options: unknown) => { run: () => unknown } };
			const layout = collection.layout;
			collection.layout = function (this: unknown, options: unknown) {
				const created = layout.call(this, options);
				const run = created.run;
				created.run = function (this: unknown) {
					probe.layoutStart ??= performance.now();
					return run.call(this);
				};
				return created;
			};
			cy.on('layoutstop', () => {
				if (probe.allAddedAt === undefined || probe.layoutStop !== undefined) return;
				probe.layoutStop = probe.readyAt = performance.now();
			});
		}
	});
}

/** Starts counting animation frames (each one the page could paint) and Cytoscape redraws. */
function startFrames() {
	const scope = window as unknown as ProbeWindow;
	const cy = scope.__maillageCy!;
	const renderer = cy.renderer();
	const now = performance.now();
	const moved = () => void frames.moves++;
	const frames = {
		start: now,
		count: 0,
		last: now,
		worstGap: 0,
		stop: false,
		redraws: renderer.redrawCount ?? 0,
		drawTime: renderer.redrawTotalTime ?? 0,
		moves: 0,
		release: () => cy.off('viewport', moved)
	};
	cy.on('viewport', moved);
	scope.__probe.frames = frames;
	const tick = (time: number) => {
		if (frames.stop) return;
		frames.count++;
		frames.worstGap = Math.max(frames.worstGap, time - frames.last);
		frames.last = time;
		requestAnimationFrame(tick);
	};
	requestAnimationFrame(tick);
}

function stopFrames() {
	const scope = window as unknown as ProbeWindow;
	const frames = scope.__probe.frames!;
	frames.stop = true;
	frames.release();
	const renderer = scope.__maillageCy!.renderer();
	const seconds = (performance.now() - frames.start) / 1000;
	const redraws = (renderer.redrawCount ?? 0) - frames.redraws;
	const drawTime = (renderer.redrawTotalTime ?? 0) - frames.drawTime;
	const longest = Math.max(0, ...scope.__probe.longTasks.filter((task) => task.start >= frames.start).map((task) => task.duration));
	return {
		fps: frames.count / seconds,
		redrawsPerSecond: redraws / seconds,
		meanDrawMs: redraws > 0 ? drawTime / redraws : 0,
		worstFrameMs: frames.worstGap,
		longestTaskMs: longest,
		// A view that never moved: the page could not even handle the input (or it missed the graph).
		moved: frames.moves > 0
	};
}

interface Interaction {
	fps: number;
	redrawsPerSecond: number;
	meanDrawMs: number;
	worstFrameMs: number;
	longestTaskMs: number;
	inputs: number;
	moved: boolean;
}

/**
 * Drags the background in circles (panning) or turns the wheel back and forth (zooming) for
 * INTERACTION_SECONDS, as fast as a mouse would send events (slower when the page lags).
 */
async function interact(page: Page, kind: 'pan' | 'zoom'): Promise<Interaction> {
	const box = await page.locator('.graph').boundingBox();
	if (!box) throw new Error('the graph has no box');
	// A corner of the graph's box: the views are framed with a margin, so it is background and a drag pans.
	const corner = { x: box.x + 12, y: box.y + 12 };
	const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
	await page.mouse.move(kind === 'pan' ? corner.x : centre.x, kind === 'pan' ? corner.y : centre.y);
	if (kind === 'pan') await page.mouse.down();
	await page.evaluate(startFrames);
	const started = performance.now();
	let inputs = 0;
	for (let elapsed = 0; elapsed < INTERACTION_SECONDS * 1000; elapsed = performance.now() - started) {
		if (kind === 'pan') {
			const angle = (elapsed / 1500) * 2 * Math.PI;
			await page.mouse.move(corner.x + 150 * (1 - Math.cos(angle)), corner.y + 150 * Math.sin(angle));
		} else {
			// In for 0.6 s, out for 0.6 s: the view stays around the size it started at.
			await page.mouse.wheel(0, Math.floor(elapsed / 600) % 2 === 0 ? -100 : 100);
		}
		inputs++;
		const next = started + inputs * INPUT_INTERVAL;
		if (next > performance.now()) await new Promise((resolve) => setTimeout(resolve, next - performance.now()));
	}
	const measured = await page.evaluate(stopFrames);
	if (kind === 'pan') await page.mouse.up();
	return { ...measured, inputs };
}

/** Longest wait for the page to fall idle after a draw. */
const SETTLE_TIMEOUT = 60_000;
const IDLE = 2_000;

/**
 * Waits until the page has run no long task for IDLE ms (Cytoscape keeps building its caches
 * after the first draw), so that interactions are measured on a settled page; returns how long
 * that took from now.
 */
async function settle(page: Page): Promise<number> {
	const started = performance.now();
	await page
		.waitForFunction(
			(idle) => {
				const tasks = (window as unknown as ProbeWindow).__probe.longTasks;
				const last = tasks.reduce((end, task) => Math.max(end, task.start + task.duration), 0);
				return performance.now() - last >= idle;
			},
			IDLE,
			{ timeout: SETTLE_TIMEOUT, polling: 250 }
		)
		// Never idle: measure anyway, the numbers will say so.
		.catch(() => undefined);
	return performance.now() - started;
}

/** Mouse moves in the hover measure. */
const HOVER_MOVES = 20;

/**
 * Moves the mouse, no button pressed, in a small circle over the middle of the graph, and times
 * each move until the page has handled it: Cytoscape looks for what lies under the pointer at
 * every move, and on a large view that search is what makes the page feel stuck.
 */
async function hover(page: Page): Promise<number> {
	await settle(page);
	const box = await page.locator('.graph').boundingBox();
	if (!box) throw new Error('the graph has no box');
	const started = performance.now();
	for (let move = 0; move < HOVER_MOVES; move++) {
		const angle = (move / HOVER_MOVES) * 2 * Math.PI;
		await page.mouse.move(box.x + box.width / 2 + 40 * Math.cos(angle), box.y + box.height / 2 + 40 * Math.sin(angle));
	}
	return (performance.now() - started) / HOVER_MOVES;
}

/**
 * GESTURES gestures of one kind, the page settling before each: the median of their frame rates,
 * redraws and draw times (a loaded machine makes single gestures noisy), and the worst frame and
 * longest task of all (a gesture starts by drawing the still image a large view moves as).
 */
async function gestures(page: Page, kind: 'pan' | 'zoom'): Promise<Interaction> {
	const measured: Interaction[] = [];
	for (let count = 0; count < GESTURES; count++) {
		await settle(page);
		measured.push(await interact(page, kind));
	}
	if (process.env.BENCH_DEBUG) console.log(kind, JSON.stringify(measured));
	const median = (pick: (each: Interaction) => number) => measured.map(pick).sort((a, b) => a - b)[Math.floor(measured.length / 2)];
	return {
		fps: median((each) => each.fps),
		redrawsPerSecond: median((each) => each.redrawsPerSecond),
		meanDrawMs: median((each) => each.meanDrawMs),
		worstFrameMs: Math.max(...measured.map((each) => each.worstFrameMs)),
		longestTaskMs: Math.max(...measured.map((each) => each.longestTaskMs)),
		inputs: measured.reduce((sum, each) => sum + each.inputs, 0),
		moved: measured.every((each) => each.moved)
	};
}

interface Opening {
	/** Navigation start to the first draw with every element (and, with a layout, after it stopped). */
	navigationToDrawMs: number;
	/** The subgraph answer fully received (Resource Timing `responseEnd`) to that draw. */
	dataToDrawMs: number;
	/** The answer received to every element added to Cytoscape (parsing, validation, mapping). */
	dataToAddedMs: number;
	/** The first complete draw itself (Cytoscape's `renderer.render`). */
	drawMs: number;
	/** `layout.run()` to `layoutstop`, when the view had no positions. */
	layoutMs?: number;
	/** Longest main-thread task from navigation to the draw: how long the page was frozen at once. */
	longestTaskMs: number;
	webgl: boolean;
}

interface Run {
	case: string;
	nodes: number;
	edges: number;
	renderer: Renderer;
	/** Opened from a link with positions (no layout). */
	placed?: Opening;
	/** Opened from a link without positions: the page lays the view out (fcose). */
	laidOut?: Opening | { frozen: true; waitedMs: number };
	pan?: Interaction;
	zoom?: Interaction;
	/** JS heap in use once the view is drawn, after a garbage collection. */
	heapMb?: number;
	/** Mean time the page takes to handle one mouse move over the graph (see `hover`). */
	hoverMs?: number;
	/** From the first draw until the page was idle (see `settle`): Cytoscape finishing its caches. */
	settledMs?: number;
	errors: string[];
}

async function viewLink(graph: SyntheticGraph, renderer: Renderer, withPositions: boolean): Promise<string> {
	const state: ViewState = {
		v: 1,
		nodes: graph.payload.nodes.map((node) => node.id),
		...(withPositions
			? { positions: Object.fromEntries(Object.entries(graph.positions).map(([id, { x, y }]) => [id, [x, y] as [number, number]])) }
			: {}),
		layout: 'fcose',
		sizeBy: 'degree',
		filters: { mode: 'fade' },
		webgl: renderer === 'webgl'
	};
	return `/explorer?debug&${VIEW_PARAMETER}=${await encodeViewState(state)}`;
}

/** Opens one view in a fresh browser context; returns the page (still open) and its timings. */
async function open(
	browser: Browser,
	origin: string,
	graph: SyntheticGraph,
	renderer: Renderer,
	withPositions: boolean,
	errors: string[]
): Promise<{ page: Page; close: () => Promise<void>; opening: Opening | { frozen: true; waitedMs: number } }> {
	const context = await browser.newContext({ viewport: VIEWPORT, locale: 'fr-FR', reducedMotion: 'reduce', baseURL: origin });
	const page = await context.newPage();
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
	const body = JSON.stringify(graph.payload);
	// The bench only reads: anything but a GET to the API is refused.
	await page.route('**/api/**', (route) => (route.request().method() === 'GET' ? route.fallback() : route.abort()));
	await page.route(
		(url) => url.pathname === '/api/graph/subgraph',
		(route) => route.fulfill({ status: 200, contentType: 'application/json', body })
	);
	// The page itself is asked for without the view: a large view's link is longer than the app
	// server accepts in a request line (see the README). The browser keeps the whole URL, which is
	// what the page reads the view from.
	await page.route(
		(url) => url.pathname === '/explorer' && url.searchParams.has(VIEW_PARAMETER),
		async (route) => {
			const url = new URL(route.request().url());
			url.searchParams.delete(VIEW_PARAMETER);
			await route.fulfill({ response: await route.fetch({ url: url.href }) });
		}
	);
	const elements = graph.payload.nodes.length + graph.payload.edges.length;
	await page.addInitScript(installProbe, { expected: elements, expectLayout: !withPositions });
	const started = performance.now();
	await page.goto(await viewLink(graph, renderer, withPositions));
	try {
		await page.waitForFunction(() => (window as unknown as ProbeWindow).__probe.firstDrawAt !== undefined, undefined, {
			timeout: DRAW_TIMEOUT,
			polling: 100
		});
	} catch {
		return { page, close: () => context.close(), opening: { frozen: true, waitedMs: Math.round(performance.now() - started) } };
	}
	const timings = await page.evaluate(() => {
		const probe = (window as unknown as ProbeWindow).__probe;
		const answer = performance.getEntriesByType('resource').find((entry) => entry.name.includes('/api/graph/subgraph')) as
			PerformanceResourceTiming | undefined;
		return { ...probe, dataAt: answer?.responseEnd };
	});
	if (timings.dataAt === undefined) throw new Error('no resource timing for the subgraph request');
	if (process.env.BENCH_DEBUG)
		console.log(
			JSON.stringify({ ...timings, longTasks: timings.longTasks.map((t) => [Math.round(t.start), Math.round(t.duration)]) }).slice(0, 2000)
		);
	const draw = timings.firstDrawAt!;
	return {
		page,
		close: () => context.close(),
		opening: {
			navigationToDrawMs: draw,
			dataToDrawMs: draw - timings.dataAt,
			dataToAddedMs: timings.allAddedAt! - timings.dataAt,
			drawMs: timings.firstDrawMs!,
			...(timings.layoutStart !== undefined && timings.layoutStop !== undefined
				? { layoutMs: timings.layoutStop - timings.layoutStart }
				: {}),
			longestTaskMs: Math.max(0, ...timings.longTasks.filter((task) => task.start <= draw).map((task) => task.duration)),
			webgl: timings.webgl === true
		}
	};
}

interface SwitchCheck {
	/** The renderer after each click on the WebGL checkbox: WebGL, then canvas again. */
	renderers: string[];
	/** Zoom and pan kept across each switch (the view stays framed as it was). */
	framingKept: boolean[];
	/** Every node still inside the visible area after each switch. */
	nodesInView: boolean[];
}

/**
 * Switches the renderer with the page's own checkbox, twice, and reads what Cytoscape then draws
 * with: a switch that only changed the checkbox, or lost the framing, shows here.
 */
async function checkSwitch(browser: Browser, origin: string): Promise<SwitchCheck> {
	const graph = syntheticGraph(cases[0].nodes, cases[0].edges);
	const opened = await open(browser, origin, graph, 'canvas', true, []);
	const check: SwitchCheck = { renderers: [], framingKept: [], nodesInView: [] };
	try {
		if ('frozen' in opened.opening) throw new Error('the switch check view was not drawn');
		const look = () =>
			opened.page.evaluate(() => {
				type Point = { x: number; y: number };
				const cy = (window as unknown as ProbeWindow).__maillageCy! as unknown as {
					extent(): { x1: number; x2: number; y1: number; y2: number };
					nodes(): { length: number; every(test: (node: { position(): Point }) => boolean): boolean };
					renderer(): { webgl?: boolean };
					zoom(): number;
					pan(): Point;
				};
				const extent = cy.extent();
				const inside = cy.nodes().every((node) => {
					const { x, y } = node.position();
					return x >= extent.x1 && x <= extent.x2 && y >= extent.y1 && y <= extent.y2;
				});
				return {
					renderer: cy.renderer().webgl === true ? 'webgl' : 'canvas',
					zoom: cy.zoom(),
					pan: cy.pan(),
					inside,
					nodes: cy.nodes().length
				};
			});
		const before = await look();
		const box = opened.page.getByRole('checkbox', { name: 'WebGL' });
		for (const on of [true, false]) {
			await box.setChecked(on);
			await opened.page.waitForFunction(
				(webgl) => ((window as unknown as ProbeWindow).__maillageCy?.renderer().webgl === true) === webgl,
				on,
				{ timeout: 60_000 }
			);
			await settle(opened.page);
			const after = await look();
			check.renderers.push(after.renderer);
			check.framingKept.push(
				after.nodes === before.nodes &&
					Math.abs(after.zoom - before.zoom) < 1e-9 &&
					after.pan.x === before.pan.x &&
					after.pan.y === before.pan.y
			);
			check.nodesInView.push(after.inside);
		}
		return check;
	} finally {
		await opened.close();
	}
}

async function measure(browser: Browser, origin: string, benchCase: Case, renderer: Renderer, layout: boolean): Promise<Run> {
	const graph = syntheticGraph(benchCase.nodes, benchCase.edges);
	const run: Run = { case: benchCase.name, nodes: benchCase.nodes, edges: benchCase.edges, renderer, errors: [] };

	const placed = await open(browser, origin, graph, renderer, true, run.errors);
	try {
		if ('frozen' in placed.opening) throw new Error(`${benchCase.name}/${renderer}: a placed view was not drawn within ${DRAW_TIMEOUT} ms`);
		run.placed = placed.opening;
		if (run.placed.webgl !== (renderer === 'webgl'))
			throw new Error(`${benchCase.name}: asked for ${renderer}, the page drew with the other renderer`);
		run.settledMs = await settle(placed.page);
		const session = await placed.page.context().newCDPSession(placed.page);
		await session.send('HeapProfiler.collectGarbage');
		const heap = await session.send('Runtime.getHeapUsage');
		run.heapMb = heap.usedSize / 2 ** 20;
		run.hoverMs = await hover(placed.page);
		run.pan = await gestures(placed.page, 'pan');
		run.zoom = await gestures(placed.page, 'zoom');
	} finally {
		await placed.close();
	}

	if (!layout) return run;
	const laidOut = await open(browser, origin, graph, renderer, false, run.errors);
	run.laidOut = laidOut.opening;
	await laidOut.close();
	return run;
}

/** Newest modification time under the given paths (files and folders, recursively). */
function newest(paths: string[]): number {
	let latest = 0;
	const visit = (entry: string) => {
		if (!existsSync(entry)) return;
		const stats = statSync(entry);
		latest = Math.max(latest, stats.mtimeMs);
		if (stats.isDirectory()) for (const child of readdirSync(entry)) visit(path.join(entry, child));
	};
	paths.forEach(visit);
	return latest;
}

/** Reuses `build/` when it is newer than every source, else builds (or as the arguments say). */
function ensureBuild(args: string[]): string {
	const built = existsSync('build/handler.js') ? statSync('build/handler.js').mtimeMs : 0;
	const sources = newest(SOURCES);
	if (args.includes('--no-build')) {
		if (!built) throw new Error('--no-build: there is no build/ to use');
		return `used build/ as it is (--no-build; built ${new Date(built).toISOString()}${built < sources ? ', OLDER than the sources' : ''})`;
	}
	if (built > sources && !args.includes('--rebuild')) {
		return `reused build/ (built ${new Date(built).toISOString()}, newer than every source file)`;
	}
	console.log(built ? 'build/ is older than the sources: building the app…' : 'Building the app…');
	const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
	if (result.status !== 0) throw new Error(`the build failed (exit code ${result.status})`);
	return `built afresh (${new Date().toISOString()})`;
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
		});
	});
}

/** Serves `build/` on a free port against the main database; resolves once it answers. */
/**
 * Where the bench serves the app from: a copy of `build/`, so that a build started meanwhile (the
 * end-to-end tests, `npm start`) cannot pull files from under the server. Inside node_modules, so
 * that the server still finds its packages.
 */
const SERVED = 'node_modules/.cache/maillage-bench/build';

async function copyBuild(): Promise<void> {
	await rm(SERVED, { recursive: true, force: true });
	await cp('build', SERVED, { recursive: true });
}

async function serve(): Promise<{ origin: string; server: ChildProcess }> {
	await copyBuild();
	const port = await freePort();
	const server = spawn(process.execPath, ['scripts/serve.js', SERVED], {
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', NEO4J_URI: process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687' }
	});
	const origin = `http://127.0.0.1:${port}`;
	for (let attempt = 0; attempt < 100; attempt++) {
		if (server.exitCode !== null) throw new Error(`the app server stopped (exit code ${server.exitCode})`);
		const ready = await fetch(`${origin}/readyz`).then(
			(response) => response.ok,
			() => false
		);
		if (ready) return { origin, server };
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	server.kill();
	throw new Error(`${origin}/readyz never answered 200: is the main database running (npm run db:start)?`);
}

async function webglRenderer(browser: Browser): Promise<string> {
	const page = await browser.newPage();
	try {
		return await page.evaluate(() => {
			const gl = document.createElement('canvas').getContext('webgl2');
			if (!gl) return 'none';
			const info = gl.getExtension('WEBGL_debug_renderer_info');
			return String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
		});
	} finally {
		await page.close();
	}
}

const round = (value: number | undefined, digits = 0) => (value === undefined ? undefined : Number(value.toFixed(digits)));

function row(run: Run) {
	const laid = run.laidOut && !('frozen' in run.laidOut) ? run.laidOut : undefined;
	const fcose = !run.laidOut ? '—' : laid ? round(laid.layoutMs) : `frozen > ${DRAW_TIMEOUT} ms`;
	return {
		elements: `${run.nodes + run.edges} (${run.nodes} n + ${run.edges} e)`,
		renderer: run.renderer,
		'first draw ms (data→draw)': round(run.placed?.dataToDrawMs),
		'nav→draw ms': round(run.placed?.navigationToDrawMs),
		'fcose ms': fcose,
		'laid out ms (data→draw)': round(laid?.dataToDrawMs),
		'longest freeze ms': round(laid?.longestTaskMs),
		'pan fps': run.pan?.moved === false ? 'stuck' : round(run.pan?.fps, 1),
		'zoom fps': run.zoom?.moved === false ? 'stuck' : round(run.zoom?.fps, 1),
		'draw ms': round(Math.max(run.pan?.meanDrawMs ?? 0, run.zoom?.meanDrawMs ?? 0), 1),
		'worst frame ms': round(Math.max(run.pan?.worstFrameMs ?? 0, run.zoom?.worstFrameMs ?? 0)),
		'hover ms': round(run.hoverMs),
		'heap MB': round(run.heapMb, 1)
	};
}

export async function main(args: string[]): Promise<number> {
	const only = args
		.find((arg) => arg.startsWith('--cases='))
		?.slice('--cases='.length)
		.split(',');
	const chosen = only ? cases.filter((each) => only.includes(each.name)) : cases;
	const drawers = args
		.find((arg) => arg.startsWith('--renderers='))
		?.slice('--renderers='.length)
		.split(',');
	const chosenRenderers = drawers ? renderers.filter((each) => drawers.includes(each)) : renderers;
	const build = ensureBuild(args);
	console.log(`App: ${build}`);
	const loadBefore = os.loadavg()[0];
	const { origin, server } = await serve();
	let browser: Browser | undefined;
	try {
		browser = await chromium.launch({
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			// Unlike the e2e journeys, the GPU stays on: WebGL needs it (SwiftShader when there is no GPU).
			args: [
				'--no-sandbox',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		});
		const gl = await webglRenderer(browser);
		const rendererSwitch = await checkSwitch(browser, origin);
		console.log(`WebGL checkbox: ${JSON.stringify(rendererSwitch)}`);
		const runs: Run[] = [];
		for (const benchCase of chosen) {
			for (const renderer of chosenRenderers) {
				console.log(`… ${benchCase.nodes} nodes + ${benchCase.edges} edges, ${renderer}`);
				const run = await measure(browser, origin, benchCase, renderer, !args.includes('--no-layout'));
				if (run.errors.length > 0) console.warn(`  page errors: ${run.errors.slice(0, 3).join(' | ')}`);
				runs.push(run);
			}
		}
		console.table(runs.map(row));
		const cytoscape = JSON.parse(readFileSync('node_modules/cytoscape/package.json', 'utf8')) as { version: string };
		const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim();
		const dirty = spawnSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).stdout.trim() !== '';
		const result = {
			benchmark: 'explorer-render',
			date: new Date().toISOString(),
			machine: {
				cpus: os.cpus().length,
				cpu: os.cpus()[0]?.model,
				memoryGb: Math.round(os.totalmem() / 2 ** 30),
				// Other work on the machine slows every number down: the 1-minute load average before and after.
				load: [round(loadBefore, 1), round(os.loadavg()[0], 1)],
				os: `${os.type()} ${os.release()}`,
				node: process.version,
				chromium: browser.version(),
				webgl: gl,
				cytoscape: cytoscape.version
			},
			app: { build, commit: `${commit}${dirty ? ' (with uncommitted changes)' : ''}` },
			method: {
				viewport: VIEWPORT,
				reducedMotion: 'reduce (layouts do not animate: their time is computing, not easing)',
				firstDraw:
					'end of the first Cytoscape draw (renderer.render) after every element was added and, without positions, after layoutstop; timed from responseEnd of GET /api/graph/subgraph (Resource Timing) and from navigation start',
				fps: `requestAnimationFrame callbacks per second during ${INTERACTION_SECONDS} s of mouse-drag panning (circles, radius 150 px), or of wheel zooming (deltaY ±100, direction flipped every 0.6 s), one input every ${INPUT_INTERVAL} ms at most; median of ${GESTURES} gestures of each kind, the page idle before each`,
				hoverMs: `mean time to handle one of ${HOVER_MOVES} mouse moves (no button) in a 40 px circle over the middle of the graph, Playwright's round trip included`,
				worstFrameMs:
					'longest gap between two animation frames over all gestures of a kind (a large view first draws the still image it moves as)',
				drawMs: 'mean time of one Cytoscape redraw during the interactions (renderer.redrawTotalTime / redrawCount)',
				heap: 'Runtime.getHeapUsage usedSize after HeapProfiler.collectGarbage, once the placed view is drawn',
				settled: `interactions start once the page has run no long task for ${IDLE} ms (settledMs: how long that took after the first draw)`,
				longestFreeze: 'longest long task (PerformanceObserver longtask) from navigation to the laid-out draw'
			},
			cases: chosen,
			rendererSwitch,
			runs
		};
		await mkdir('bench/results', { recursive: true });
		await writeFile('bench/results/explorer-render.json', `${JSON.stringify(result, null, '\t')}\n`);
		console.log(
			`Machine: ${result.machine.cpus} CPUs (${result.machine.cpu}), load ${result.machine.load.join(' → ')}, Chromium ${result.machine.chromium}, WebGL: ${gl}`
		);
		console.log('Written to bench/results/explorer-render.json.');
		return 0;
	} finally {
		await browser?.close();
		await stop(server);
	}
}

/** Stops the app server and waits until it has gone (killed outright if it lingers). */
async function stop(server: ChildProcess): Promise<void> {
	if (server.exitCode !== null) return;
	const gone = new Promise((resolve) => server.once('exit', resolve));
	server.kill('SIGTERM');
	const lingering = setTimeout(() => server.kill('SIGKILL'), 5_000);
	await gone;
	clearTimeout(lingering);
	await rm(path.dirname(SERVED), { recursive: true, force: true });
}
