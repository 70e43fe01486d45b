import { describe, expect, it } from 'vitest';
import { TokenBuckets } from './rate-limit';

/** A clock the test moves by hand. */
function manualClock(start = 1_000_000) {
	let now = start;
	return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('token buckets', () => {
	it('lets a burst through, then refuses the next call with the seconds until a token is back', () => {
		const clock = manualClock();
		const buckets = new TokenBuckets({ burst: 3, perMinute: 6 }, { now: clock.now });
		expect([1, 2, 3].map(() => buckets.take('a').allowed)).toEqual([true, true, true]);
		// 6 a minute: one token every 10 s.
		expect(buckets.take('a')).toEqual({ allowed: false, retryAfterSeconds: 10 });
		clock.advance(4_000);
		expect(buckets.take('a')).toEqual({ allowed: false, retryAfterSeconds: 6 });
		clock.advance(6_000);
		expect(buckets.take('a')).toEqual({ allowed: true, remaining: 0 });
		expect(buckets.take('a').allowed).toBe(false);
	});

	it('rounds Retry-After up to whole seconds, never below 1', () => {
		const clock = manualClock();
		const buckets = new TokenBuckets({ burst: 1, perMinute: 600 }, { now: clock.now });
		expect(buckets.take('a').allowed).toBe(true);
		clock.advance(99);
		// 0.1 s to wait: still 1 s, as Retry-After counts in whole seconds.
		expect(buckets.take('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
		const slow = new TokenBuckets({ burst: 1, perMinute: 7 }, { now: clock.now });
		slow.take('a');
		// 60 / 7 = 8.57 s.
		expect(slow.take('a')).toEqual({ allowed: false, retryAfterSeconds: 9 });
	});

	it('keeps one budget per client', () => {
		const clock = manualClock();
		const buckets = new TokenBuckets({ burst: 1, perMinute: 1 }, { now: clock.now });
		expect(buckets.take('a').allowed).toBe(true);
		expect(buckets.take('a').allowed).toBe(false);
		expect(buckets.take('b').allowed).toBe(true);
	});

	it('refills no higher than the burst, however long the client was away', () => {
		const clock = manualClock();
		const buckets = new TokenBuckets({ burst: 2, perMinute: 60 }, { now: clock.now });
		buckets.take('a');
		clock.advance(3_600_000);
		expect(buckets.take('a')).toEqual({ allowed: true, remaining: 1 });
		expect(buckets.take('a')).toEqual({ allowed: true, remaining: 0 });
		expect(buckets.take('a').allowed).toBe(false);
	});

	it('forgets clients whose bucket has filled up again, so idle clients cost no memory', () => {
		const clock = manualClock();
		const buckets = new TokenBuckets({ burst: 2, perMinute: 60 }, { now: clock.now });
		for (let client = 0; client < 100; client++) buckets.take(`client-${client}`);
		expect(buckets.size).toBe(100);
		// One token a second: after 1 s every bucket is full again.
		clock.advance(1_000);
		buckets.take('late');
		expect(buckets.size).toBe(1);
	});

	it('never holds more than maxClients buckets, dropping the least recently seen', () => {
		const clock = manualClock();
		const buckets = new TokenBuckets({ burst: 1, perMinute: 1 }, { now: clock.now, maxClients: 10 });
		for (let client = 0; client < 1_000; client++) {
			buckets.take(`client-${client}`);
			expect(buckets.size).toBeLessThanOrEqual(10);
		}
		// The last ten are remembered (still refused); the first was forgotten and starts afresh.
		expect(buckets.take('client-999').allowed).toBe(false);
		expect(buckets.take('client-0').allowed).toBe(true);
	});

	it('refuses a policy that could never let a call through', () => {
		expect(() => new TokenBuckets({ burst: 0, perMinute: 10 })).toThrow(RangeError);
		expect(() => new TokenBuckets({ burst: 1, perMinute: 0 })).toThrow(RangeError);
	});
});
