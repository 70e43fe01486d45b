import { describe, expect, it } from 'vitest';
import { answeredWords, descriptionQuery, relevance } from './described';

const fact = (description: string, score = 2) => ({ id: 'a', described: { id: 'a', name: 'A' }, description, score });

describe('the words of a request searched in descriptions', () => {
	it('keeps the telling words, lower-cased with their accents, and leaves out stop words, generic words, numbers and places', () => {
		const query = descriptionQuery('Étude de 2026 : pièces en Caoutchouc pour la filière céramique à Fictiville', [
			{ matched: ['Fictiville'] }
		]);
		expect(query).toEqual({ words: ['pièces', 'caoutchouc', 'céramique'], search: 'pièces OR caoutchouc OR céramique' });
	});

	it('has nothing to search when no telling word is left', () => {
		expect(descriptionQuery('Un projet pour la filière, en 2026', [])).toBeNull();
	});

	it('says which words a description answers, singular or plural', () => {
		expect(
			answeredWords(['pièces', 'caoutchouc', 'céramique'], fact('Le pôle des caoutchoucs et des polymères, une pièce maîtresse.'))
		).toEqual(['pièces', 'caoutchouc']);
	});

	it('measures relevance against the best match of the request', () => {
		expect(relevance(fact('x', 1), 4)).toBe(0.25);
		expect(relevance(undefined, 4)).toBe(0);
		expect(relevance(fact('x', 1), 0)).toBe(0);
	});
});
