import { describe, expect, it } from 'vitest';
import { passesLuhn } from '$lib/domain/identifiers';
import { isTotalLine, parseAmount, parseValue } from './values';

/** `digits` completed by their Luhn key. */
function withKey(digits: string): string {
	const key = [...'0123456789'].find((candidate) => passesLuhn(`${digits}${candidate}`))!;
	return `${digits}${key}`;
}

describe('a cell read as its field’s value', () => {
	it('reads amounts as French spreadsheets write them', () => {
		expect(parseAmount('1 250 000')).toBe(1_250_000);
		expect(parseAmount('42 000,50 €')).toBe(42_000.5);
		expect(parseAmount('1.250.000')).toBe(1_250_000);
		expect(parseAmount('1,250,000.75')).toBe(1_250_000.75);
		expect(parseAmount('2,5 M€')).toBe(2_500_000);
		expect(parseAmount('300 k€')).toBe(300_000);
		expect(parseAmount('23,6 millions')).toBeNull();
		expect(parseAmount('environ 2 M')).toBeNull();
		expect(parseValue('funding.amount', 'environ 2 M')).toEqual({ problem: expect.stringContaining('n’est pas un montant') });
		expect(parseValue('funding.amount', '0')).toEqual({ problem: expect.stringContaining('positif') });
	});

	it('gives a SIRET stored as a number its leading zero back, only when its key then checks', () => {
		const valid = withKey(`${withKey('05210054')}0001`);
		expect(valid).toMatch(/^0\d{13}$/);
		expect(parseValue('actor.siret', valid)).toEqual({ value: valid });
		// A number cell drops the leading zero: 13 digits, given back their zero because the key then checks.
		expect(parseValue('actor.siret', valid.slice(1))).toEqual({ value: valid });
		// 13 digits whose zero-padded form fails the key stay an error, never a guess.
		expect(parseValue('actor.siret', `${valid.slice(1, 13)}${(Number(valid[13]) + 1) % 10}`)).toEqual({ problem: expect.any(String) });
		const other = withKey(`${withKey('55210055')}0001`);
		const spaced = `${other.slice(0, 3)} ${other.slice(3, 6)} ${other.slice(6, 9)} ${other.slice(9)}`;
		expect(parseValue('actor.siret', spaced)).toEqual({ value: other });
		expect(parseValue('actor.siret', `${other.slice(0, 13)}${(Number(other[13]) + 1) % 10}`)).toEqual({
			problem: expect.stringContaining('clé de contrôle')
		});
		expect(parseValue('actor.siren', spaced.slice(0, 11))).toEqual({ value: other.slice(0, 9) });
	});

	it('reads years, codes, kinds and roles, and names what it cannot read', () => {
		expect(parseValue('funding.year', '2024')).toEqual({ value: 2024 });
		expect(parseValue('funding.year', '2024-03-01')).toEqual({ value: 2024 });
		expect(parseValue('funding.year', '01/03/2024')).toEqual({ value: 2024 });
		expect(parseValue('funding.year', 'l’an dernier')).toEqual({ problem: expect.stringContaining('année') });
		expect(parseValue('place.insee', '1001')).toEqual({ value: '01001' });
		expect(parseValue('place.insee', '2A004')).toEqual({ value: '2A004' });
		expect(parseValue('place.postalCode', '1400')).toEqual({ value: '01400' });
		expect(parseValue('place.postalCode', '380')).toEqual({ problem: expect.stringContaining('code postal') });
		expect(parseValue('actor.kind', 'Établissement de recherche')).toEqual({ value: 'Academic' });
		expect(parseValue('actor.kind', 'PME')).toEqual({ value: 'Company' });
		expect(parseValue('actor.kind', 'Ovni')).toEqual({ problem: expect.stringContaining('type d’acteur') });
		expect(parseValue('participation.role', 'Chef de file')).toEqual({ value: 'lead' });
		expect(parseValue('participation.role', 'co-porteur')).toEqual({ value: 'partner' });
		expect(parseValue('actor.website', 'www.exemple.test')).toEqual({ value: 'https://www.exemple.test' });
		expect(parseValue('actor.website', 'pas une adresse')).toEqual({ problem: expect.stringContaining('adresse web') });
		expect(parseValue('actor.name', '   ')).toBeNull();
	});

	it('tells a total line from a data line', () => {
		expect(isTotalLine(['', 'Total : 12 adhérents', ''])).toBe(true);
		expect(isTotalLine(['Sous-total Isère', '4'])).toBe(true);
		expect(isTotalLine(['TOTAUX', ''])).toBe(true);
		expect(isTotalLine(['Totalement Fictif SAS', '38000'])).toBe(false);
	});
});
