import { describe, expect, it } from 'vitest';
import { bearerToken, sameToken } from './auth';
import { readAdminSettings } from '$lib/server/db/settings';

const TOKEN = 'a'.repeat(20) + '0123456789abcdef';
const configured = { MAILLAGE_ADMIN_TOKEN: TOKEN };

describe('the administrator token', () => {
	it('is read from MAILLAGE_ADMIN_TOKEN; unset or empty means no token', () => {
		expect(readAdminSettings(configured)).toEqual({ token: TOKEN, problem: null });
		expect(readAdminSettings({})).toEqual({ token: null, problem: null });
		expect(readAdminSettings({ MAILLAGE_ADMIN_TOKEN: '' })).toEqual({ token: null, problem: null });
	});

	it('must be long enough and free of spaces, or it is refused with the reason', () => {
		expect(readAdminSettings({ MAILLAGE_ADMIN_TOKEN: 'short' })).toEqual({
			token: null,
			problem: expect.stringMatching(/^variable « MAILLAGE_ADMIN_TOKEN » : doit compter au moins 32 caractères/)
		});
		expect(readAdminSettings({ MAILLAGE_ADMIN_TOKEN: `${TOKEN} x` }).problem).toMatch(/sans espace/);
	});
});

describe('bearer tokens', () => {
	it('reads the token of a Bearer header only', () => {
		expect(bearerToken('Bearer abc')).toBe('abc');
		expect(bearerToken('Bearer')).toBeNull();
		expect(bearerToken('Bearer a b')).toBeNull();
		expect(bearerToken(null)).toBeNull();
	});

	it('compares tokens of any lengths without throwing', () => {
		expect(sameToken('x', 'x')).toBe(true);
		expect(sameToken('x', 'xy')).toBe(false);
		expect(sameToken('', TOKEN)).toBe(false);
	});
});
