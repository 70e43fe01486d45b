#!/usr/bin/env node
// Local Neo4j for development and tests: runs the real Neo4j Community 5.26 engine
// embedded in a tiny Java launcher (scripts/neo4j-local), Bolt on 127.0.0.1 only.
//
//   node scripts/db.js start  [--instance main|test|smoke]
//   node scripts/db.js stop   [--instance main|test|smoke]
//   node scripts/db.js status [--instance main|test|smoke]
//
// Also usable from other scripts (e.g. a vitest globalSetup):
//   import { startDatabase, stopDatabase } from './scripts/db.js';
//
// Plain Node ESM, Node built-ins only. See scripts/neo4j-local/README.md.

import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SCRIPTS_DIR = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(SCRIPTS_DIR, '..');
const DATA_ROOT = path.join(ROOT, '.data');
const ENV_FILE = path.join(ROOT, '.env');
const LAUNCHER_DIR = path.join(SCRIPTS_DIR, 'neo4j-local');
const POM = path.join(LAUNCHER_DIR, 'pom.xml');
const JAVA_SOURCE = path.join(LAUNCHER_DIR, 'src/main/java/org/maillage/neo4j/LocalNeo4j.java');
const CLASSES_DIR = path.join(LAUNCHER_DIR, 'target/classes');
const CLASS_FILE = path.join(CLASSES_DIR, 'org/maillage/neo4j/LocalNeo4j.class');
const LIB_DIR = path.join(LAUNCHER_DIR, 'target/lib');
const MAIN_CLASS = 'org.maillage.neo4j.LocalNeo4j';
const HOST = '127.0.0.1';
const USER = 'neo4j';

// NEO4J_TEST_PORT moves the test instance, so that two checkouts on one machine each test against their own.
const TEST_PORT = Number(process.env.NEO4J_TEST_PORT ?? 7688);
const SMOKE_PORT = Number(process.env.NEO4J_SMOKE_PORT ?? 7689);

export const INSTANCES = {
	main: { port: 7687, dataDir: '.data/neo4j', passwordKey: 'NEO4J_PASSWORD', uriKey: 'NEO4J_URI' },
	test: { port: TEST_PORT, dataDir: '.data/neo4j-test', passwordKey: 'NEO4J_TEST_PASSWORD', uriKey: 'NEO4J_TEST_URI' },
	// CI's proof that `npm start` works on a clean checkout: its own data and port, never the user's.
	smoke: { port: SMOKE_PORT, dataDir: '.data/neo4j-smoke', passwordKey: 'NEO4J_SMOKE_PASSWORD', uriKey: 'NEO4J_SMOKE_URI' }
};

// JVM flags: heap, plus the module openings Neo4j 5 needs on Java 17+ (without them the page cache
// and transaction-log native access fall back to slower paths, with warnings in debug.log).
const JVM_FLAGS = [
	'-XX:+UseG1GC',
	'-XX:-OmitStackTraceInFastThrow',
	'-XX:+DisableExplicitGC',
	'-Djdk.nio.maxCachedBufferSize=1024',
	'-Dio.netty.tryReflectionSetAccessible=true',
	'-Djava.net.preferIPv4Stack=true',
	'-Dlog4j2.disable.jmx=true',
	'--add-opens=java.base/java.nio=ALL-UNNAMED',
	'--add-opens=java.base/java.io=ALL-UNNAMED',
	'--add-opens=java.base/sun.nio.ch=ALL-UNNAMED'
];

class DbError extends Error {}

function instanceConfig(instance = 'main') {
	const cfg = INSTANCES[instance];
	if (!cfg) throw new DbError(`Unknown instance "${instance}" (expected: ${Object.keys(INSTANCES).join(', ')})`);
	return {
		name: instance,
		...cfg,
		dataPath: path.join(ROOT, cfg.dataDir),
		pidFile: path.join(DATA_ROOT, `${instance}.pid`),
		logFile: path.join(DATA_ROOT, `${instance}.log`),
		uri: `bolt://${HOST}:${cfg.port}`
	};
}

const rel = (p) => path.relative(process.cwd(), p) || '.';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------- .env / password

function readEnvFile() {
	let text;
	try {
		text = fs.readFileSync(ENV_FILE, 'utf8');
	} catch (e) {
		if (e.code === 'ENOENT') return {};
		throw e;
	}
	const out = {};
	for (const raw of text.split(/\r?\n/)) {
		const line = raw.trim();
		if (!line || line.startsWith('#')) continue;
		const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
		if (!m) continue;
		let value = m[2];
		if (/^(['"]).*\1$/.test(value)) value = value.slice(1, -1);
		out[m[1]] = value;
	}
	return out;
}

/** Password for an instance: env var, else .env, else a new random one appended to .env (mode 0600). */
function resolvePassword(cfg) {
	return resolveSecret(cfg.passwordKey, `a password for the ${cfg.name} Neo4j instance`);
}

/**
 * A secret the app needs (`MAILLAGE_SECRET_KEY`, a Neo4j password): env var, else .env, else a new
 * random one appended to .env (mode 0600), so that a fresh clone works and keeps working.
 */
export function resolveSecret(name, what = name) {
	const fromEnv = process.env[name];
	if (fromEnv) return fromEnv;
	const fromFile = readEnvFile()[name];
	if (fromFile) return fromFile;
	const generated = randomBytes(32).toString('base64url');
	let prefix = '';
	try {
		const existing = fs.readFileSync(ENV_FILE, 'utf8');
		if (existing.length && !existing.endsWith('\n')) prefix = '\n';
	} catch (e) {
		if (e.code !== 'ENOENT') throw e;
	}
	fs.appendFileSync(ENV_FILE, `${prefix}${name}=${generated}\n`, { mode: 0o600 });
	console.log(`Generated ${what} and saved it as ${name} in ${rel(ENV_FILE)}`);
	return generated;
}

// ---------------------------------------------------------------- processes and ports

function readPid(cfg) {
	try {
		const pid = Number.parseInt(fs.readFileSync(cfg.pidFile, 'utf8').trim(), 10);
		return Number.isInteger(pid) && pid > 0 ? pid : null;
	} catch {
		return null;
	}
}

function removePidFile(cfg) {
	fs.rmSync(cfg.pidFile, { force: true });
}

function pidAlive(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return e.code === 'EPERM';
	}
}

/**
 * Runs fn while holding an exclusive lock file (created with O_EXCL, holding our pid), so that
 * concurrent starts (several terminals, test workers) neither spawn two servers nor run two builds.
 * A lock whose owner process is gone is stale and taken over.
 */
async function withLock(lockFile, what, fn, timeoutMs = 15 * 60_000) {
	const deadline = Date.now() + timeoutMs;
	let announced = false;
	for (;;) {
		try {
			fs.writeFileSync(lockFile, `${process.pid}\n`, { flag: 'wx', mode: 0o600 });
			break;
		} catch (e) {
			if (e.code !== 'EEXIST') throw e;
		}
		let owner;
		let age;
		try {
			owner = Number.parseInt(fs.readFileSync(lockFile, 'utf8').trim(), 10) || null;
			age = Date.now() - fs.statSync(lockFile).mtimeMs;
		} catch {
			continue; // released meanwhile
		}
		if ((owner && !pidAlive(owner)) || (!owner && age > 5000)) {
			fs.rmSync(lockFile, { force: true }); // stale
			continue;
		}
		if (Date.now() > deadline) throw new DbError(`Timed out waiting for another ${what} (lock ${rel(lockFile)}, pid ${owner}).`);
		if (!announced) {
			console.log(`Waiting for another ${what} to finish (pid ${owner})…`);
			announced = true;
		}
		await sleep(250);
	}
	try {
		return await fn();
	} finally {
		try {
			if (fs.readFileSync(lockFile, 'utf8').trim() === String(process.pid)) fs.rmSync(lockFile, { force: true });
		} catch {
			/* already gone */
		}
	}
}

/** True if pid is alive and (where /proc can tell) is our launcher, so a recycled pid is not mistaken for it. */
function isOurProcess(pid) {
	if (!pid) return false;
	try {
		process.kill(pid, 0);
	} catch (e) {
		if (e.code !== 'EPERM') return false;
	}
	try {
		const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
		const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
		if (/\)\s+Z\s/.test(stat)) return false; // zombie: exited, not yet reaped
		return cmdline.includes(MAIN_CLASS);
	} catch {
		return true; // no /proc (macOS): trust kill(0)
	}
}

function portAcceptsConnections(port, host = HOST, timeoutMs = 1000) {
	return new Promise((resolve) => {
		const socket = net.connect({ port, host });
		const done = (ok) => {
			socket.removeAllListeners();
			socket.destroy();
			resolve(ok);
		};
		socket.setTimeout(timeoutMs, () => done(false));
		socket.once('connect', () => done(true));
		socket.once('error', () => done(false));
	});
}

function tail(file, lines = 30) {
	try {
		return fs
			.readFileSync(file, 'utf8')
			.split(/\r?\n/)
			.slice(-lines - 1)
			.join('\n');
	} catch {
		return '(no log)';
	}
}

// ---------------------------------------------------------------- build

function mtime(p) {
	try {
		return fs.statSync(p).mtimeMs;
	} catch {
		return null;
	}
}

function needsBuild() {
	const cls = mtime(CLASS_FILE);
	const lib = mtime(LIB_DIR);
	if (cls === null || lib === null) return true;
	if (!fs.readdirSync(LIB_DIR).some((f) => f.endsWith('.jar'))) return true;
	const sources = Math.max(mtime(POM) ?? 0, mtime(JAVA_SOURCE) ?? 0);
	return cls <= sources || lib <= sources;
}

function build() {
	console.log('Building the Neo4j launcher (first time, downloads from Maven Central)…');
	// clean: copy-dependencies never deletes, so a version bump would otherwise leave two Neo4j versions in target/lib
	const result = spawnSync('mvn', ['-q', '-B', '-Dstyle.color=never', 'clean', 'package'], {
		cwd: LAUNCHER_DIR,
		stdio: ['ignore', 'pipe', 'pipe'],
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024
	});
	// Maven 3.8 prints stray ANSI resets even with -q -B: strip them, show only real output.
	// eslint-disable-next-line no-control-regex
	const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.replace(/\x1b\[[0-9;]*m/g, '').trim();
	if (output) console.log(output);
	if (result.error) {
		throw new DbError(
			`Could not run Maven (mvn): ${result.error.message}. Install Maven 3.8+ and Java 17+ (e.g. apt-get install maven openjdk-17-jdk-headless).`
		);
	}
	if (result.status !== 0) throw new DbError(`Building the Neo4j launcher failed (mvn exited with ${result.status ?? result.signal}).`);
	if (!fs.existsSync(CLASS_FILE) || !fs.existsSync(LIB_DIR))
		throw new DbError('Maven build finished but target/classes or target/lib is missing.');
	const now = new Date();
	fs.utimesSync(LIB_DIR, now, now); // mark the dependency copy as up to date even if no jar changed
}

/** Builds the launcher if target/ is missing or older than pom.xml / LocalNeo4j.java. */
export async function ensureLauncherBuilt() {
	if (!needsBuild()) return;
	fs.mkdirSync(DATA_ROOT, { recursive: true });
	await withLock(path.join(DATA_ROOT, 'build.lock'), 'build of the Neo4j launcher', () => {
		if (needsBuild()) build(); // re-check: another process may just have built it
	});
}

// ---------------------------------------------------------------- JVM options

function parseSizeMiB(s) {
	const m = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)i?b?\s*$/i.exec(String(s));
	if (!m) return null;
	const factor = { '': 1 / (1024 * 1024), k: 1 / 1024, m: 1, g: 1024, t: 1024 * 1024 }[m[2].toLowerCase()];
	return Math.max(1, Math.round(Number(m[1]) * factor));
}

function javaArgs(cfg) {
	let xmx = '2g';
	let xms = '512m';
	if (process.env.NEO4J_HEAP) {
		const mib = parseSizeMiB(process.env.NEO4J_HEAP);
		if (!mib) throw new DbError(`NEO4J_HEAP="${process.env.NEO4J_HEAP}" is not a size like 2g or 1536m`);
		xmx = `${mib}m`;
		xms = `${Math.min(mib, 512)}m`;
	}
	const extra = (process.env.NEO4J_JAVA_OPTS ?? '').split(/\s+/).filter(Boolean);
	return [
		`-Xms${xms}`,
		`-Xmx${xmx}`,
		...JVM_FLAGS,
		...extra,
		'-cp',
		`${CLASSES_DIR}${path.delimiter}${path.join(LIB_DIR, '*')}`,
		MAIN_CLASS,
		'--data-dir',
		cfg.dataPath,
		'--bolt-port',
		String(cfg.port)
	];
}

function javaCommand() {
	return process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

// ---------------------------------------------------------------- start / stop / status

async function waitUntilReady(cfg, pid, { timeoutMs, exited }) {
	const started = Date.now();
	const tty = process.stdout.isTTY;
	let lastTick = 0;
	while (true) {
		const elapsed = Date.now() - started;
		if (exited.value || !isOurProcess(pid)) {
			if (!exited.value) await sleep(200); // let our child's 'exit' event arrive, for its exit code
			if (tty) process.stdout.write('\n');
			throw new DbError(
				`Neo4j (${cfg.name}) exited during startup${exited.value ? ` (${exited.value})` : ''}. Last lines of ${rel(cfg.logFile)}:\n${tail(cfg.logFile)}`
			);
		}
		let log = '';
		try {
			log = fs.readFileSync(cfg.logFile, 'utf8');
		} catch {
			/* not yet created */
		}
		if (/^READY bolt:\/\//m.test(log) && (await portAcceptsConnections(cfg.port))) {
			if (tty) process.stdout.write('\n');
			return elapsed;
		}
		if (elapsed > timeoutMs) {
			if (tty) process.stdout.write('\n');
			throw new DbError(
				`Neo4j (${cfg.name}) did not become ready within ${Math.round(timeoutMs / 1000)} s. Last lines of ${rel(cfg.logFile)}:\n${tail(cfg.logFile)}`
			);
		}
		const secs = Math.floor(elapsed / 1000);
		if (tty && secs > lastTick) {
			process.stdout.write('.');
			lastTick = secs;
		} else if (!tty && secs >= lastTick + 10) {
			console.log(`  still starting… ${secs} s`);
			lastTick = secs;
		}
		await sleep(250);
	}
}

/**
 * Starts the local Neo4j instance (idempotent) and waits until Bolt accepts connections.
 * Resolves to { instance, uri, user, password, pid, external, alreadyRunning }; throws on failure.
 * When NEO4J_URI (main) / NEO4J_TEST_URI (test) is set, nothing is started and that URI is returned.
 */
export async function startDatabase({ instance = 'main' } = {}) {
	const cfg = instanceConfig(instance);
	const externalUri = process.env[cfg.uriKey];
	if (externalUri) {
		console.log(`${cfg.uriKey} is set: using ${externalUri}, not starting a local Neo4j`);
		return {
			instance,
			uri: externalUri,
			user: process.env.NEO4J_USER || USER,
			password: process.env[cfg.passwordKey],
			pid: null,
			external: true,
			alreadyRunning: false
		};
	}

	fs.mkdirSync(DATA_ROOT, { recursive: true });
	return withLock(path.join(DATA_ROOT, `${instance}.lock`), `start of Neo4j (${instance})`, () => startLocked(cfg));
}

async function startLocked(cfg) {
	const instance = cfg.name;
	const password = resolvePassword(cfg);
	const result = (pid, alreadyRunning) => ({ instance, uri: cfg.uri, user: USER, password, pid, external: false, alreadyRunning });
	const timeoutMs = (Number(process.env.NEO4J_START_TIMEOUT) || 120) * 1000;

	const existing = readPid(cfg);
	if (isOurProcess(existing)) {
		if (await portAcceptsConnections(cfg.port)) {
			console.log(`Neo4j (${cfg.name}) already running: ${cfg.uri} (pid ${existing})`);
			return result(existing, true);
		}
		// Started by someone else moments ago: wait for it rather than starting a second one.
		console.log(`Neo4j (${cfg.name}) is starting (pid ${existing}); waiting… (log: ${rel(cfg.logFile)})`);
		await waitUntilReady(cfg, existing, { timeoutMs, exited: {} });
		console.log(`Neo4j (${cfg.name}) ready: ${cfg.uri} (pid ${existing})`);
		return result(existing, true);
	}
	if (existing) removePidFile(cfg); // stale

	if (await portAcceptsConnections(cfg.port)) {
		throw new DbError(
			`Port ${cfg.port} on ${HOST} is already in use by another process (not started by scripts/db.js). ` +
				`Stop it (see: ss -ltnp | grep ${cfg.port}), or set ${cfg.uriKey} to use that server instead.`
		);
	}

	await ensureLauncherBuilt();

	fs.mkdirSync(cfg.dataPath, { recursive: true });
	if (fs.existsSync(cfg.logFile)) fs.renameSync(cfg.logFile, `${cfg.logFile}.old`);
	const logFd = fs.openSync(cfg.logFile, 'a', 0o600);
	const t0 = Date.now();
	let child;
	try {
		child = spawn(javaCommand(), javaArgs(cfg), {
			cwd: ROOT,
			detached: true,
			stdio: ['ignore', logFd, logFd],
			env: { ...process.env, NEO4J_PASSWORD: password }
		});
	} finally {
		fs.closeSync(logFd);
	}
	const exited = { value: null };
	const spawnError = await new Promise((resolve) => {
		child.once('error', resolve);
		child.once('spawn', () => resolve(null));
	});
	if (spawnError) {
		throw new DbError(`Could not start Java (${javaCommand()}): ${spawnError.message}. Java 17+ is required.`);
	}
	child.once('exit', (code, signal) => {
		exited.value = signal ? `signal ${signal}` : `exit code ${code}`;
	});
	child.unref();
	fs.writeFileSync(cfg.pidFile, `${child.pid}\n`);
	console.log(`Starting Neo4j (${cfg.name}) on ${cfg.uri}, data in ${cfg.dataDir}, pid ${child.pid}, log: ${rel(cfg.logFile)}`);

	try {
		await waitUntilReady(cfg, child.pid, { timeoutMs, exited });
	} catch (e) {
		// do not leave a half-started server behind
		if (!exited.value) {
			try {
				process.kill(child.pid, 'SIGKILL');
			} catch {
				/* already gone */
			}
		}
		removePidFile(cfg);
		throw e;
	}
	console.log(
		`Neo4j (${cfg.name}) ready: ${cfg.uri} in ${((Date.now() - t0) / 1000).toFixed(1)} s (user ${USER}, password ${cfg.passwordKey} in env or .env)`
	);
	return result(child.pid, false);
}

/** Stops the local instance: SIGTERM, up to 60 s for a clean shutdown, then SIGKILL. Not running is not an error. */
export async function stopDatabase({ instance = 'main' } = {}) {
	const cfg = instanceConfig(instance);
	const pid = readPid(cfg);
	if (!isOurProcess(pid)) {
		removePidFile(cfg);
		const busy = await portAcceptsConnections(cfg.port);
		console.log(
			`Neo4j (${cfg.name}) not running${busy ? ` (but port ${cfg.port} is in use by a process not started by scripts/db.js)` : ''}`
		);
		return { instance, wasRunning: false };
	}
	console.log(`Stopping Neo4j (${cfg.name}), pid ${pid}…`);
	process.kill(pid, 'SIGTERM');
	const deadline = Date.now() + 60_000;
	while (isOurProcess(pid) && Date.now() < deadline) await sleep(200);
	let killed = false;
	if (isOurProcess(pid)) {
		console.log(`Neo4j (${cfg.name}) did not stop within 60 s: sending SIGKILL`);
		try {
			process.kill(pid, 'SIGKILL');
		} catch {
			/* gone */
		}
		killed = true;
		const killDeadline = Date.now() + 10_000;
		while (isOurProcess(pid) && Date.now() < killDeadline) await sleep(100);
	}
	removePidFile(cfg);
	console.log(`Neo4j (${cfg.name}) stopped${killed ? ' (killed)' : ''}`);
	return { instance, wasRunning: true, killed };
}

/** Resolves to { instance, running, ready, pid, port, uri, dataDir, logFile }. */
export async function databaseStatus({ instance = 'main' } = {}) {
	const cfg = instanceConfig(instance);
	const pid = readPid(cfg);
	const running = isOurProcess(pid);
	const ready = running && (await portAcceptsConnections(cfg.port));
	return {
		instance,
		running,
		ready,
		pid: running ? pid : null,
		port: cfg.port,
		uri: cfg.uri,
		dataDir: cfg.dataDir,
		logFile: rel(cfg.logFile)
	};
}

// ---------------------------------------------------------------- CLI

function usage() {
	return 'usage: node scripts/db.js start|stop|status [--instance main|test|smoke]';
}

async function cli(argv) {
	const [command, ...rest] = argv;
	let instance = 'main';
	for (let i = 0; i < rest.length; i++) {
		const a = rest[i];
		if (a === '--instance' || a === '-i') instance = rest[++i];
		else if (a.startsWith('--instance=')) instance = a.slice('--instance='.length);
		else if (a === '-h' || a === '--help') {
			console.log(usage());
			return 0;
		} else throw new DbError(`Unknown argument "${a}"\n${usage()}`);
	}
	if (!instance) throw new DbError(`--instance needs a value\n${usage()}`);
	instanceConfig(instance); // validate
	switch (command) {
		case 'start':
			await startDatabase({ instance });
			return 0;
		case 'stop':
			await stopDatabase({ instance });
			return 0;
		case 'status': {
			const s = await databaseStatus({ instance });
			if (s.running) {
				console.log(
					`Neo4j (${instance}) ${s.ready ? 'running' : 'running (starting, Bolt not accepting connections yet)'}: pid ${s.pid}, ${s.uri}, data ${s.dataDir}, log ${s.logFile}`
				);
				return 0;
			}
			console.log(`Neo4j (${instance}) not running (port ${s.port}, data ${s.dataDir})`);
			return 3;
		}
		case undefined:
		case '-h':
		case '--help':
			console.log(usage());
			return command ? 0 : 1;
		default:
			throw new DbError(`Unknown command "${command}"\n${usage()}`);
	}
}

function isMain() {
	if (!process.argv[1]) return false;
	try {
		return fs.realpathSync(process.argv[1]) === fs.realpathSync(fileURLToPath(import.meta.url));
	} catch {
		return false;
	}
}

if (isMain()) {
	cli(process.argv.slice(2)).then(
		(code) => process.exit(code),
		(err) => {
			console.error(err instanceof DbError ? err.message : err);
			process.exit(1);
		}
	);
}
