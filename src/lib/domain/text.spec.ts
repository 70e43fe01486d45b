import { describe, expect, it } from 'vitest';
import { foldText, foldedWords, slugify } from './text';

describe('text folding', () => {
	it('strips accents, ligatures and case', () => {
		expect(foldText('Écosystème Œuvre Cæsar')).toBe('ecosysteme oeuvre caesar');
	});

	it('splits on punctuation and apostrophes', () => {
		expect(foldedWords("Territoire d'industrie Saint-Marcellin")).toEqual(['territoire', 'd', 'industrie', 'saint', 'marcellin']);
	});

	it('makes slugs from names', () => {
		expect(slugify('CCI Rouen Métropole')).toBe('cci-rouen-metropole');
		expect(slugify("Pays d'Évian – vallée d'Abondance")).toBe('pays-d-evian-vallee-d-abondance');
	});
});
