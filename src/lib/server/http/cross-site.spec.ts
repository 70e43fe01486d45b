import { describe, expect, it } from 'vitest';
import { isCrossSiteForm } from './cross-site';

const SITE = 'https://maillage.example.fr';
const request = (method: string, headers: Record<string, string>) => new Request(`${SITE}/api/documents`, { method, headers });

describe('isCrossSiteForm', () => {
	it('refuses a form-typed write from another site or without an Origin, whatever the case of its type', () => {
		for (const type of ['multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', 'text/plain;charset=UTF-8', 'Text/Plain'])
			for (const origin of [{ origin: 'https://ailleurs.example' }, {}] as Record<string, string>[])
				expect(isCrossSiteForm(request('POST', { 'content-type': type, ...origin }), SITE), `${type} ${JSON.stringify(origin)}`).toBe(true);
		for (const method of ['PUT', 'PATCH', 'DELETE'])
			expect(isCrossSiteForm(request(method, { 'content-type': 'text/plain', origin: 'https://ailleurs.example' }), SITE)).toBe(true);
	});

	it('lets through the site’s own forms, reads, JSON calls, and a script’s file sent with its API token', () => {
		expect(isCrossSiteForm(request('POST', { 'content-type': 'multipart/form-data; boundary=x', origin: SITE }), SITE)).toBe(false);
		expect(isCrossSiteForm(request('GET', { 'content-type': 'text/plain' }), SITE)).toBe(false);
		expect(isCrossSiteForm(request('POST', { 'content-type': 'application/json' }), SITE)).toBe(false);
		expect(
			isCrossSiteForm(request('POST', { 'content-type': 'multipart/form-data; boundary=x', authorization: 'Bearer mlg_abc' }), SITE)
		).toBe(false);
	});

	it('takes no other authorization than a token for proof: an empty bearer or a password still needs the Origin', () => {
		for (const authorization of ['Bearer ', 'Basic dXNlcjpwYXNz'])
			expect(isCrossSiteForm(request('POST', { 'content-type': 'text/plain', authorization }), SITE), authorization).toBe(true);
	});
});
