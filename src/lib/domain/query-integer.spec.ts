import { describe, expect, it } from 'vitest';
import { neighbourhoodQuerySchema, pathsQuerySchema } from './graph';
import { searchQuerySchema } from './entity';

describe('integers in a query string', () => {
	it('takes decimal digits, and the default when empty or absent', () => {
		expect(neighbourhoodQuerySchema.parse({ id: 'tenerrdis', limit: '250' }).limit).toBe(250);
		expect(neighbourhoodQuerySchema.parse({ id: 'tenerrdis', limit: '' }).limit).toBe(100);
		expect(pathsQuerySchema.parse({ from: 'a', to: 'b' }).maxLength).toBe(6);
	});

	it('refuses hexadecimal, spaces, signs, decimals and exponents, naming the field', () => {
		for (const written of ['0x10', ' 5', '5 ', '+5', '-1', '5.0', '1e2', 'cinq']) {
			const result = searchQuerySchema.safeParse({ q: 'cleon', limit: written });
			expect(result.success, written).toBe(false);
			expect(result.error?.issues[0].path, written).toEqual(['limit']);
		}
		expect(pathsQuerySchema.safeParse({ from: 'a', to: 'b', maxLength: '0x4' }).success).toBe(false);
	});
});
