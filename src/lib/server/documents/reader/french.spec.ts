import { describe, expect, it } from 'vitest';
import { excerptOf, nameKey, sentencesOf, tokenise } from './french';

describe('French words', () => {
	it('splits elisions off with either apostrophe, folds accents and keeps decimals whole', () => {
		const tokens = tokenise('L’Écosystème d’Imaginor 4.0 a reçu 23,6 millions');
		expect(tokens.map((token) => token.folded)).toEqual(['l', 'ecosysteme', 'd', 'imaginor', '4.0', 'a', 'recu', '23,6', 'millions']);
		expect(tokens.filter((token) => token.elision).map((token) => token.text)).toEqual(['L', 'd']);
		expect(tokens[1]).toMatchObject({ text: 'Écosystème', start: 2, capitalised: true });
	});

	it('matches a name whatever its elision, accents and case', () => {
		expect(nameKey("L'Oréal Fictif")).toEqual(['oreal', 'fictif']);
		expect(nameKey('CÔTE D’ALBÂTRE')).toEqual(['cote', 'd', 'albatre']);
	});
});

describe('French sentences', () => {
	it('does not end a sentence at « M. » or « n° », but does at a line break', () => {
		const text = 'M. Dupont Fictif préside le n° 2 du réseau. La société Imaginor suit.\nUn titre sans point\nFin.';
		const sentences = sentencesOf(text).map((span) => text.slice(span.start, span.end));
		expect(sentences).toEqual(['M. Dupont Fictif préside le n° 2 du réseau.', 'La société Imaginor suit.', 'Un titre sans point', 'Fin.']);
	});

	it('shows an excerpt with plain spaces', () => {
		const text = 'Un montant de 850\u202f000\u00a0€.';
		expect(excerptOf(text, { start: 0, end: text.length })).toBe('Un montant de 850 000 €.');
	});
});
