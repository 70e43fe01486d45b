import { describe, expect, it } from 'vitest';
import { WindowRateLimiter } from './rate-limit';

describe('the per-client rate limiter', () => {
	it('lets a client act `limit` times in a window, then refuses until the window ends', () => {
		const limiter = new WindowRateLimiter(3, 60_000);
		expect([0, 1, 2, 3].map((second) => limiter.take('10.0.0.1', second * 1_000))).toEqual([true, true, true, false]);
		expect(limiter.retryAfterSeconds('10.0.0.1', 3_000)).toBe(57);
		expect(limiter.take('10.0.0.1', 60_000)).toBe(true);
	});

	it('counts each client apart', () => {
		const limiter = new WindowRateLimiter(1, 60_000);
		expect(limiter.take('a', 0)).toBe(true);
		expect(limiter.take('a', 1)).toBe(false);
		expect(limiter.take('b', 1)).toBe(true);
	});

	it('forgets clients whose window is over once many were seen', () => {
		const limiter = new WindowRateLimiter(1, 1_000);
		for (let client = 0; client < 1_500; client++) limiter.take(`client-${client}`, 0);
		expect(limiter.take('client-0', 0)).toBe(false);
		// A later call drops every finished window; the first client starts afresh.
		expect(limiter.take('someone-else', 5_000)).toBe(true);
		expect(limiter.take('client-0', 5_000)).toBe(true);
	});
});
