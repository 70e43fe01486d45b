import { describe, expect, it } from 'vitest';
import { createRateLimits } from './rate-limits';
import { readRateLimitSettings } from '$lib/server/db/settings';

describe('the rate limits of the expensive endpoints', () => {
	it('answers 429 with an integer Retry-After and a French message once a client spent its burst', async () => {
		let now = 0;
		const limits = createRateLimits({ RATE_LIMIT_PARTNERS_BURST: '2', RATE_LIMIT_PARTNERS_PER_MINUTE: '30' }, () => now);
		expect(limits.check('partners', '10.0.0.1')).toBeNull();
		expect(limits.check('partners', '10.0.0.1')).toBeNull();
		const refused = limits.check('partners', '10.0.0.1');
		expect(refused?.status).toBe(429);
		expect(refused?.headers.get('Retry-After')).toBe('2');
		expect(await refused?.json()).toEqual({ message: 'Trop de demandes depuis votre adresse : réessayez dans 2 s.', code: 'rate-limited' });
		// Another endpoint has its own budget; the same endpoint lets the client in again after the refill.
		expect(limits.check('query', '10.0.0.1')).toBeNull();
		now += 2_000;
		expect(limits.check('partners', '10.0.0.1')).toBeNull();
	});

	it('turns a limit off with PER_MINUTE=0', () => {
		const limits = createRateLimits({ RATE_LIMIT_EXPORT_PER_MINUTE: '0' }, () => 0);
		for (let call = 0; call < 100; call++) expect(limits.check('export', 'a')).toBeNull();
	});

	it('has generous defaults and reads every variable', () => {
		expect(readRateLimitSettings({})).toEqual({
			maxClients: 10_000,
			policies: {
				partners: { burst: 10, perMinute: 30 },
				recognise: { burst: 30, perMinute: 120 },
				query: { burst: 10, perMinute: 30 },
				analysis: { burst: 5, perMinute: 20 },
				export: { burst: 3, perMinute: 6 },
				views: { burst: 10, perMinute: 30 },
				signin: { burst: 10, perMinute: 10 },
				writes: { burst: 30, perMinute: 60 }
			}
		});
		expect(
			readRateLimitSettings({ RATE_LIMIT_QUERY_BURST: '4', RATE_LIMIT_QUERY_PER_MINUTE: '0.5', RATE_LIMIT_MAX_CLIENTS: '' })
		).toMatchObject({
			maxClients: 10_000,
			policies: { query: { burst: 4, perMinute: 0.5 } }
		});
	});

	it('names every wrong variable', () => {
		expect(() =>
			readRateLimitSettings({ RATE_LIMIT_PARTNERS_BURST: '0', RATE_LIMIT_QUERY_PER_MINUTE: '-3', RATE_LIMIT_MAX_CLIENTS: 'many' })
		).toThrowError(/RATE_LIMIT_MAX_CLIENTS.*\n.*RATE_LIMIT_PARTNERS_BURST.*\n.*RATE_LIMIT_QUERY_PER_MINUTE/s);
	});
});
