import { describe, expect, it } from 'vitest';
import type { Operation } from '$lib/domain/changesets';
import { changedEdits, correctableKeys, correctableValues, correctOperations } from './corrections';

const proposal: Operation[] = [
	{ op: 'create-entity', id: 'source-fictive', labels: ['Source'], properties: { id: 'source-fictive', name: 'Source fictive' } },
	{
		op: 'create-entity',
		id: 'societe-fictive',
		labels: ['Company', 'Actor'],
		properties: { id: 'societe-fictive', name: 'Societe Fictive', siren: '732829320' }
	},
	{
		op: 'create-relationship',
		type: 'PARTICIPATES_IN',
		from: 'societe-fictive',
		to: 'projet-fictif',
		properties: { role: 'partner', sources: ['s'] }
	}
];

describe('a curator’s corrections of a proposal', () => {
	it('change the values typed, checked as the forms check them, and nothing else', () => {
		const corrected = correctOperations(proposal, {
			'1.name': 'Société Fictive',
			'1.website': 'https://example.test/',
			'2.role': 'lead',
			'2.year': '2024'
		});
		expect(corrected[1]).toMatchObject({ properties: { name: 'Société Fictive', website: 'https://example.test/', siren: '732829320' } });
		expect(corrected[2]).toMatchObject({ properties: { role: 'lead', year: 2024, sources: ['s'] } });
		expect(corrected[0]).toBe(proposal[0]);
	});

	it('remove a value left empty, but never the name', () => {
		expect(correctOperations(proposal, { '1.siren': '' })[1]).not.toHaveProperty('properties.siren');
		expect(() => correctOperations(proposal, { '1.name': ' ' })).toThrow(/nom ne peut pas être vide/);
	});

	it('refuse a wrong value, naming the field, and any other key or operation', () => {
		expect(() => correctOperations(proposal, { '1.siren': '732829321' })).toThrow(/clé de contrôle/);
		expect(() => correctOperations(proposal, { '2.role': 'roi' })).toThrow();
		expect(() => correctOperations(proposal, { '1.id': 'autre' })).toThrow(/ne peut pas être corrigée/);
		expect(() => correctOperations(proposal, { '0.name': 'Autre source' })).toThrow(/ne peut pas être corrigée/);
		expect(() => correctOperations(proposal, { '9.name': 'X' })).toThrow(/ne peut pas être corrigée/);
		expect(correctableKeys(proposal[0])).toEqual([]);
	});
});

describe('the correction form', () => {
	it('lists each correctable value with what it is now, and sends back only what changed', () => {
		const listed = correctableValues(proposal);
		expect(listed).toContainEqual({ field: '1.siren', key: 'siren', value: '732829320' });
		expect(listed).toContainEqual({ field: '2.role', key: 'role', value: 'partner' });
		expect(listed.some(({ field }) => field.startsWith('0.'))).toBe(false);
		expect(changedEdits(proposal, { '1.siren': '732829320', '1.name': 'Société Fictive', '2.role': 'partner', '7.name': 'x' })).toEqual({
			'1.name': 'Société Fictive'
		});
	});
});
