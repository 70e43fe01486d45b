import { describe, expect, it } from 'vitest';
import { isAcronym, placeKey, stem, themeKey, tokenize } from './text';

describe('tokenize', () => {
	it('splits on apostrophes and hyphens, folds accents, keeps where each word stands', () => {
		const text = "Côtes-d’Armor et l'eau";
		const tokens = tokenize(text);
		expect(tokens.map((token) => token.folded)).toEqual(['cotes', 'd', 'armor', 'et', 'l', 'eau']);
		expect(text.slice(tokens[2].start, tokens[2].end)).toBe('Armor');
	});

	it('knows capitals and sentence starts, and reads & as et', () => {
		const [terre, and, mer] = tokenize('Terre & Mer');
		expect(and.folded).toBe('et');
		expect(terre).toMatchObject({ capitalised: true, sentenceStart: true });
		expect(mer).toMatchObject({ capitalised: true, sentenceStart: false });
		expect(tokenize('Fin. Début')[1].sentenceStart).toBe(true);
	});
});

describe('stem', () => {
	it('folds plural and feminine forms onto one stem', () => {
		expect(stem('eaux')).toBe(stem('eau'));
		expect(stem('industrielles')).toBe(stem('industriel'));
		expect(stem('decarbonee')).toBe(stem('decarbone'));
		expect(stem('materiaux')).toBe(stem('materiau'));
		expect(stem('locaux')).toBe(stem('local'));
		expect(stem('hydrogene')).toBe('hydrogen');
	});

	it('leaves short words alone', () => {
		expect(stem('eau')).toBe('eau');
		expect(stem('ia')).toBe('ia');
	});
});

describe('phrase keys', () => {
	it('compares theme phrases without stopwords and word forms', () => {
		expect(themeKey(tokenize("réutilisation de l'eau"))).toBe(themeKey(tokenize('Réutilisation des eaux')));
	});

	it('keeps every word of a place name', () => {
		expect(placeKey(tokenize('Pays de la Loire'))).toBe('pays de la loire');
	});

	it('tells acronyms from words', () => {
		expect(['ESS', 'H2', 'CO2', 'EnR', 'R&D', 'IA'].every(isAcronym)).toBe(true);
		expect(['Hydrogène', 'éolien', 'Industrie 4.0'].some(isAcronym)).toBe(false);
	});
});
