import { z } from 'zod';

/**
 * Structured logs: one JSON object per line, on stdout (debug, info) or stderr (warn, error),
 * which a container runtime, journald or a log shipper reads as is. Levels below `LOG_LEVEL`
 * (default `info`; `silent` for none) are dropped. Fields never hold query strings or bodies:
 * the request log names the route (`/api/entities/[id]`), not the URL, so nothing a person typed
 * (a search, a project description) ends up in the logs.
 */

export const logLevels = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];
type Level = Exclude<LogLevel, 'silent'>;
type Fields = Record<string, unknown>;

const rank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

const logLevelSchema = z.preprocess(
	(value) => (typeof value === 'string' && value !== '' ? value.toLowerCase() : undefined),
	z.enum(logLevels).default('info')
);

/** The level `LOG_LEVEL` asks for; an unknown value falls back to `info` rather than silence the server. */
export function readLogLevel(env: Record<string, string | undefined>): LogLevel {
	const parsed = logLevelSchema.safeParse(env.LOG_LEVEL);
	return parsed.success ? parsed.data : 'info';
}

/** One log line: time and level first, then the fields; errors become their name and message. */
export function formatLogLine(level: Level, event: string, fields: Fields = {}, now = new Date()): string {
	const plain = Object.fromEntries(
		Object.entries(fields).map(([key, value]) => [key, value instanceof Error ? describeError(value) : value])
	);
	return JSON.stringify({ time: now.toISOString(), level, event, ...plain });
}

function describeError(error: Error): Fields {
	return { name: error.name, message: error.message };
}

export interface Logger {
	debug(event: string, fields?: Fields): void;
	info(event: string, fields?: Fields): void;
	warn(event: string, fields?: Fields): void;
	error(event: string, fields?: Fields): void;
	readonly level: LogLevel;
}

/** A logger writing lines at or above `level` through `write` (stdout/stderr by default). */
export function createLogger(
	level: LogLevel,
	write: (line: string, level: Level) => void = (line, at) => (rank[at] >= rank.warn ? process.stderr : process.stdout).write(`${line}\n`)
): Logger {
	const at = (lineLevel: Level) => (event: string, fields?: Fields) => {
		if (rank[lineLevel] >= rank[level]) write(formatLogLine(lineLevel, event, fields), lineLevel);
	};
	return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error'), level };
}

let shared: Logger | undefined;

/** The server's logger, at the level of `LOG_LEVEL` when first used. */
export function log(): Logger {
	shared ??= createLogger(readLogLevel(process.env));
	return shared;
}

/** An incoming `X-Request-Id` worth keeping (a proxy's id); anything else is replaced by our own. */
export function acceptedRequestId(header: string | null): string | null {
	return header !== null && /^[A-Za-z0-9._:-]{1,128}$/.test(header) ? header : null;
}

/** What the request line of a finished request says: the route id, never the URL (no search text, no parameters, no IP address). */
export function requestFields(
	event: { request: Request; route: { id: string | null } },
	status: number,
	durationMs: number,
	requestId: string
): Fields {
	return { method: event.request.method, route: event.route.id, status, durationMs: Math.round(durationMs * 10) / 10, requestId };
}

/** Healthy probes (a load balancer calls them every few seconds) only show at debug level. */
export function requestLevel(routeId: string | null, status: number): 'debug' | 'info' {
	return (routeId === '/healthz' || routeId === '/readyz') && status === 200 ? 'debug' : 'info';
}
