import { describe, expect, it } from 'vitest';
import { ConcurrencyLimiter } from './limiter';

describe('ConcurrencyLimiter', () => {
	it('lets a client run two queries at once, not three, and frees a place when one ends', () => {
		const limiter = new ConcurrencyLimiter(2, 10);
		const first = limiter.acquire('10.0.0.1');
		const second = limiter.acquire('10.0.0.1');
		expect(first && second).toBeTruthy();
		expect(limiter.acquire('10.0.0.1')).toBeNull();
		expect(limiter.acquire('10.0.0.2')).not.toBeNull();
		first?.();
		expect(limiter.acquire('10.0.0.1')).not.toBeNull();
	});

	it('caps all clients together, and a release counts once however often it is called', () => {
		const limiter = new ConcurrencyLimiter(2, 2);
		const release = limiter.acquire('a');
		limiter.acquire('b');
		expect(limiter.acquire('c')).toBeNull();
		release?.();
		release?.();
		expect(limiter.running()).toBe(1);
		expect(limiter.running('a')).toBe(0);
	});
});
