import { describe, expect, it } from 'vitest';
import { acceptedRequestId, createLogger, formatLogLine, readLogLevel, requestFields, requestLevel } from './log';

describe('structured logs', () => {
	it('writes one JSON object per line: time, level, event, then the fields', () => {
		const line = formatLogLine(
			'info',
			'request',
			{ method: 'GET', route: '/api/entities/[id]', status: 200, durationMs: 12.5 },
			new Date('2025-03-14T09:26:00Z')
		);
		expect(line).not.toContain('\n');
		expect(JSON.parse(line)).toEqual({
			time: '2025-03-14T09:26:00.000Z',
			level: 'info',
			event: 'request',
			method: 'GET',
			route: '/api/entities/[id]',
			status: 200,
			durationMs: 12.5
		});
		expect(Object.keys(JSON.parse(line)).slice(0, 3)).toEqual(['time', 'level', 'event']);
	});

	it('turns an error into its name and message, without the stack', () => {
		const line = JSON.parse(formatLogLine('error', 'unhandled-error', { error: new TypeError('boom') }));
		expect(line.error).toEqual({ name: 'TypeError', message: 'boom' });
		expect(JSON.stringify(line)).not.toContain('at ');
	});

	it('keeps lines at or above the level, to stdout below warn and stderr from warn', () => {
		const written: [string, string][] = [];
		const logger = createLogger('info', (line, level) => written.push([level, JSON.parse(line).event]));
		logger.debug('hidden');
		logger.info('shown');
		logger.error('also-shown');
		expect(written).toEqual([
			['info', 'shown'],
			['error', 'also-shown']
		]);
		const silent: string[] = [];
		createLogger('silent', (line) => silent.push(line)).error('never');
		expect(silent).toEqual([]);
	});

	it('reads LOG_LEVEL in any case, and falls back to info on nothing or nonsense', () => {
		expect(readLogLevel({ LOG_LEVEL: 'WARN' })).toBe('warn');
		expect(readLogLevel({ LOG_LEVEL: 'silent' })).toBe('silent');
		expect(readLogLevel({})).toBe('info');
		expect(readLogLevel({ LOG_LEVEL: 'verbose' })).toBe('info');
	});

	it('keeps a well-formed X-Request-Id from the proxy and refuses anything that could forge a log line', () => {
		expect(acceptedRequestId('b7c5e0f2-9a1d-4c1e-8f00-5d9b0c3e7a11')).toBe('b7c5e0f2-9a1d-4c1e-8f00-5d9b0c3e7a11');
		expect(acceptedRequestId('abc"}\n{"level":"error')).toBeNull();
		expect(acceptedRequestId('x'.repeat(129))).toBeNull();
		expect(acceptedRequestId(null)).toBeNull();
	});

	it('describes a request by its route id, never its URL: no search text, no parameters', () => {
		const request = new Request('http://maillage.example/api/search?q=projet%20confidentiel&limit=3', {
			headers: { 'x-forwarded-for': '203.0.113.9' }
		});
		const fields = requestFields({ request, route: { id: '/api/search' } }, 200, 12.345, 'req-1');
		expect(fields).toEqual({ method: 'GET', route: '/api/search', status: 200, durationMs: 12.3, requestId: 'req-1' });
		const line = formatLogLine('info', 'request', fields);
		expect(line).not.toMatch(/confidentiel|limit|203\.0\.113\.9/);
	});

	it('keeps healthy probes at debug level, and a failing readiness probe at info', () => {
		expect(requestLevel('/healthz', 200)).toBe('debug');
		expect(requestLevel('/readyz', 200)).toBe('debug');
		expect(requestLevel('/readyz', 503)).toBe('info');
		expect(requestLevel('/api/search', 200)).toBe('info');
	});
});
