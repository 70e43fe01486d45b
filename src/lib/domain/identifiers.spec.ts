import { describe, expect, it } from 'vitest';
import { passesLuhn, sirenProblem, siretProblem } from './identifiers';

describe('SIREN and SIRET', () => {
	it('accept well-formed numbers whose Luhn key is right, spaces allowed', () => {
		// Check digits computed by hand for these made-up numbers: 12345678 + key 2, 73282932 + key 0.
		expect(passesLuhn('123456782')).toBe(true);
		expect(sirenProblem('123 456 782')).toBeNull();
		expect(sirenProblem('732829320')).toBeNull();
		expect(siretProblem('73282932000074')).toBeNull();
	});

	it('refuse a number whose key is wrong, saying so', () => {
		expect(sirenProblem('123456789')).toMatch(/clé de contrôle/);
		expect(siretProblem('73282932000075')).toMatch(/clé de contrôle/);
	});

	it('refuse the wrong length or letters', () => {
		expect(sirenProblem('12345678')).toMatch(/9 chiffres/);
		expect(sirenProblem('12345678A')).toMatch(/9 chiffres/);
		expect(siretProblem('7328293200007')).toMatch(/14 chiffres/);
	});

	it('check a SIRET’s SIREN part too', () => {
		// 123456789 is not a SIREN, though 12345678900007 passes Luhn as a whole.
		expect(passesLuhn('12345678900007')).toBe(true);
		expect(siretProblem('12345678900007')).toMatch(/9 premiers chiffres/);
	});

	it('follow La Poste’s exception: digits adding up to a multiple of 5', () => {
		// 3+5+6+1 = 15, though the Luhn key is wrong; 3+5+6+2 = 16 is refused.
		expect(passesLuhn('35600000000001')).toBe(false);
		expect(siretProblem('35600000000001')).toBeNull();
		expect(siretProblem('35600000000002')).toMatch(/La Poste/);
	});
});
