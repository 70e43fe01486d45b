import { describe, expect, it } from 'vitest';
import { limitsOf, readQuerySettings } from './settings';

describe('query settings', () => {
	it('defaults to 10 s, 5,000 rows and two queries at once per client', () => {
		const settings = readQuerySettings({});
		expect(limitsOf(settings)).toEqual({ timeoutMs: 10_000, rowCap: 5_000 });
		expect(settings.QUERY_CONCURRENCY_PER_CLIENT).toBe(2);
		expect(settings.NEO4J_QUERY_USER).toBeUndefined();
	});

	it('reads numbers from the environment and treats empty variables as unset', () => {
		const settings = readQuerySettings({ QUERY_TIMEOUT_MS: '2500', QUERY_ROW_CAP: '', NEO4J_QUERY_USER: '', NEO4J_QUERY_PASSWORD: '' });
		expect(limitsOf(settings)).toEqual({ timeoutMs: 2_500, rowCap: 5_000 });
	});

	it('names every wrong variable, and wants the read-only user with its password', () => {
		expect(() => readQuerySettings({ QUERY_TIMEOUT_MS: 'soon', QUERY_ROW_CAP: '-3' })).toThrowError(
			/variable « QUERY_TIMEOUT_MS » : .*\n {2}variable « QUERY_ROW_CAP » : /
		);
		expect(() => readQuerySettings({ NEO4J_QUERY_USER: 'reader' })).toThrowError(
			/variable « NEO4J_QUERY_PASSWORD » : NEO4J_QUERY_USER and/
		);
		expect(readQuerySettings({ NEO4J_QUERY_USER: 'reader', NEO4J_QUERY_PASSWORD: 'x' }).NEO4J_QUERY_USER).toBe('reader');
	});
});
