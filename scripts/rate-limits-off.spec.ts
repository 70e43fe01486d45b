import { describe, expect, it } from 'vitest';
import { readRateLimitSettings, rateLimitedEndpoints } from '../src/lib/server/db/settings';
import { RATE_LIMITED_ENDPOINTS, RATE_LIMITS_OFF } from './rate-limits-off.js';

describe('the rate limits a script switches off', () => {
	it('are every limit the server has, and switch each one off', () => {
		expect([...RATE_LIMITED_ENDPOINTS].sort()).toEqual([...rateLimitedEndpoints].sort());
		const policies = readRateLimitSettings(RATE_LIMITS_OFF).policies;
		for (const endpoint of rateLimitedEndpoints) expect(policies[endpoint], endpoint).toBeFalsy();
	});
});
