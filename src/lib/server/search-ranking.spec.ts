import { describe, expect, it } from 'vitest';
import { matchClass, rankHits } from './search-ranking';

describe('matchClass', () => {
	it('tells a whole phrase from a phrase cut short, its words in any order and the rest', () => {
		expect(matchClass("cote d'albatre", ["Côte d'Albâtre"])).toBe('phrase');
		expect(matchClass("cote d'albatre", ["Fictiville - Côte d'Albâtre"])).toBe('phrase');
		expect(matchClass('fictivia ind', ['Fictivia Industries'])).toBe('prefix');
		expect(matchClass('industries fictivia', ['Fictivia Industries'])).toBe('words');
		expect(matchClass("cote d'albatre", ["Côte-d'Or"])).toBe('partial');
		expect(matchClass("cote d'albatre", ['Camille Côte'])).toBe('partial');
	});

	it('joins words typed apart when the name writes them as one', () => {
		expect(matchClass('exemplia d', ['ExempliaD'])).toBe('phrase');
		expect(matchClass('exemplia', ['ExempliaD'])).toBe('prefix');
	});

	it('takes the best of a name and its aliases', () => {
		expect(matchClass('exf', ['Exemplia Fictive', 'EXF'])).toBe('phrase');
	});
});

describe('rankHits', () => {
	it('puts the whole phrase before better index scores, and keeps the index order within a class', () => {
		const hits = [
			{ id: 'cote-d-or', names: ["Côte-d'Or"] },
			{ id: 'camille-cote', names: ['Camille Côte'] },
			{ id: 'ti-fictif', names: ["Fictiville - Côte d'Albâtre"] },
			{ id: 'cote-fictive', names: ['Côte Fictive'] },
			{ id: 'cc-fictive', names: ["CC de la Côte d'Albâtre"] }
		];
		const ranked = rankHits("cote d'albatre", hits);
		expect(ranked.map((hit) => hit.id)).toEqual(['ti-fictif', 'cc-fictive', 'cote-d-or', 'camille-cote', 'cote-fictive']);
		expect(ranked[0]).not.toHaveProperty('names');
	});
});
