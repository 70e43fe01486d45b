import { isHttpError } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import type { Account, Role } from '$lib/domain/accounts';
import { authorise, sessionCookieOptions, type Identity } from './caller';
import { safeReturnPath } from './session-cookie';

const account = (role: Role, extra: Partial<Account> = {}): Account => ({
	id: 'acc-0123456789abcdef',
	email: 'camille.fictive@example.test',
	name: 'Camille Fictive',
	role,
	active: true,
	origin: 'local',
	createdAt: '2026-12-01T00:00:00.000Z',
	mustChangePassword: false,
	...extra
});

const nobody: Identity = { caller: null, rejectedBearer: false, bootstrap: false, unavailable: false };

/** The refusal authorise() throws, as status and code; null when it lets the caller through. */
function refusal(identity: Identity, least: Role, headers: Record<string, string> = {}, csrf?: string) {
	try {
		authorise(
			{ locals: { identity } as App.Locals, request: new Request('http://localhost/api/entities', { method: 'POST', headers }) },
			least,
			csrf
		);
		return null;
	} catch (caught) {
		if (!isHttpError(caught)) throw caught;
		return { status: caught.status, code: caught.body.code, message: caught.body.message };
	}
}

describe('who may write', () => {
	it('asks an anonymous caller to sign in, and tells a refused token apart', () => {
		expect(refusal(nobody, 'contributeur')).toMatchObject({
			status: 401,
			code: 'unauthorized',
			message: expect.stringContaining('/connexion')
		});
		expect(refusal({ ...nobody, rejectedBearer: true }, 'contributeur')).toMatchObject({
			status: 401,
			message: expect.stringContaining('Jeton d’API refusé')
		});
	});

	it('answers 503 rather than 401 when the database could not say who is calling', () => {
		expect(refusal({ ...nobody, unavailable: true }, 'contributeur')).toMatchObject({ status: 503, code: 'database-unavailable' });
	});

	it('needs the session’s CSRF token with a session cookie, in the header or the form', () => {
		const session: Identity = { ...nobody, caller: { account: account('curateur'), via: 'session', csrf: 'jeton-csrf-fictif' } };
		expect(refusal(session, 'contributeur')).toMatchObject({ status: 403, code: 'csrf-failed' });
		expect(refusal(session, 'contributeur', { 'x-csrf-token': 'un-autre' })).toMatchObject({ status: 403, code: 'csrf-failed' });
		expect(refusal(session, 'contributeur', { 'x-csrf-token': 'jeton-csrf-fictif' })).toBeNull();
		expect(refusal(session, 'contributeur', {}, 'jeton-csrf-fictif')).toBeNull();
	});

	it('needs no CSRF token with an API token, but the role still counts', () => {
		const token = (role: Role): Identity => ({ ...nobody, caller: { account: account(role), via: 'token', csrf: null } });
		expect(refusal(token('contributeur'), 'contributeur')).toBeNull();
		expect(refusal(token('contributeur'), 'curateur')).toMatchObject({
			status: 403,
			code: 'forbidden',
			message: expect.stringContaining('curateur')
		});
		expect(refusal(token('lecteur'), 'contributeur')).toMatchObject({ status: 403, code: 'forbidden' });
		expect(refusal(token('administrateur'), 'curateur')).toBeNull();
	});

	it('stops a temporary password at the door until it is changed', () => {
		const temporary: Identity = {
			...nobody,
			caller: { account: account('curateur', { mustChangePassword: true }), via: 'token', csrf: null }
		};
		expect(refusal(temporary, 'contributeur')).toMatchObject({ status: 403, message: expect.stringContaining('mot de passe') });
	});
});

describe('the session cookie', () => {
	it('is HttpOnly and SameSite=Lax, Secure except over plain http on loopback', () => {
		expect(sessionCookieOptions(new URL('https://maillage.example.test/'))).toMatchObject({
			httpOnly: true,
			sameSite: 'lax',
			secure: true,
			path: '/'
		});
		expect(sessionCookieOptions(new URL('http://maillage.example.test/')).secure).toBe(true);
		expect(sessionCookieOptions(new URL('http://127.0.0.1:3000/')).secure).toBe(false);
	});

	it('sends the person back only to a path of this site', () => {
		expect(safeReturnPath('/entite/tenerrdis')).toBe('/entite/tenerrdis');
		expect(safeReturnPath('//evil.example.test/')).toBe('/compte');
		expect(safeReturnPath('/\\evil.example.test')).toBe('/compte');
		expect(safeReturnPath('https://evil.example.test/')).toBe('/compte');
		expect(safeReturnPath(null)).toBe('/compte');
	});
});
