import { describe, expect, it } from 'vitest';
import { formatSize } from './size';

describe('formatSize', () => {
	it('writes sizes in binary units, one decimal under ten, in each language', () => {
		expect(formatSize(10 * 1024 * 1024, 'fr')).toBe('10 Mo');
		expect(formatSize(512 * 1024, 'fr')).toBe('512 Ko');
		expect(formatSize(1.4 * 1024 * 1024, 'fr')).toBe('1,4 Mo');
		expect(formatSize(1.4 * 1024 * 1024, 'en')).toBe('1.4 MB');
		expect(formatSize(700, 'en')).toBe('700 bytes');
	});
});
