import { describe, expect, it } from 'vitest';
import { bearerToken, checkAdministrator, refuseUnlessAdministrator, sameToken } from './auth';
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

describe('checkAdministrator', () => {
	it('refuses every write with 403 while no token is configured, saying how to enable writes', () => {
		const refusal = checkAdministrator(`Bearer ${TOKEN}`, {});
		expect(refusal).toMatchObject({ status: 403, body: { code: 'writes-disabled' } });
		expect(refusal?.body.message).toMatch(/MAILLAGE_ADMIN_TOKEN/);
		expect(refusal?.body.message).toMatch(/Authorization: Bearer/);
	});

	it('says what is wrong with a configured token that cannot be used', () => {
		expect(checkAdministrator('Bearer short', { MAILLAGE_ADMIN_TOKEN: 'short' })?.body.message).toMatch(/inutilisable.*au moins 32/);
	});

	it('answers 401 with a Bearer challenge when the token is missing', () => {
		expect(checkAdministrator(null, configured)).toMatchObject({
			status: 401,
			headers: { 'WWW-Authenticate': 'Bearer realm="maillage"' }
		});
		expect(checkAdministrator(`Basic ${btoa('admin:' + TOKEN)}`, configured)?.status).toBe(401);
	});

	it('answers 401 invalid_token when the token is wrong, even by one character or by its length', () => {
		for (const wrong of [TOKEN.slice(0, -1) + 'X', TOKEN.slice(0, -1), TOKEN + 'f']) {
			expect(checkAdministrator(`Bearer ${wrong}`, configured)).toMatchObject({
				status: 401,
				headers: { 'WWW-Authenticate': expect.stringContaining('error="invalid_token"') }
			});
		}
	});

	it('lets the right token through, whatever the case of the scheme', () => {
		expect(checkAdministrator(`Bearer ${TOKEN}`, configured)).toBeNull();
		expect(checkAdministrator(`bearer ${TOKEN}`, configured)).toBeNull();
	});
});

describe('bearerToken and sameToken', () => {
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

describe('refuseUnlessAdministrator', () => {
	it('gives the refusal as a JSON answer with its headers, never cached', async () => {
		const response = refuseUnlessAdministrator(new Request('http://localhost/api/analysis/write', { method: 'POST' }), configured);
		expect(response?.status).toBe(401);
		expect(response?.headers.get('www-authenticate')).toBe('Bearer realm="maillage"');
		expect(response?.headers.get('cache-control')).toBe('no-store');
		expect(await response?.json()).toMatchObject({ code: 'unauthorized' });
	});

	it('gives nothing when the request carries the token', () => {
		const request = new Request('http://localhost/', { headers: { authorization: `Bearer ${TOKEN}` } });
		expect(refuseUnlessAdministrator(request, configured)).toBeNull();
	});
});
