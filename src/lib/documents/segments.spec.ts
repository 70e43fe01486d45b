import { describe, expect, it } from 'vitest';
import type { Mention } from '$lib/domain/documents';
import { findExcerpt, nonOverlapping, paragraphsOf, segmentsOf } from './segments';

const mention = (text: string, whole: string, extra: Partial<Mention> = {}): Mention => {
	const start = whole.indexOf(text);
	return { text, start, end: start + text.length, name: text, kind: 'Company', category: 'known', ...extra };
};

describe('a document cut for display', () => {
	const text = 'Titre fictif\n\nLa société Fictivia rejoint\nle cluster Exemplia.\n\n## Suite\nUn autre paragraphe.';
	const sections = [
		{ title: 'Introduction', start: 0, end: text.indexOf('## Suite') },
		{ title: 'Suite', start: text.indexOf('## Suite'), end: text.length }
	];

	it('keeps the longer of two overlapping mentions', () => {
		const long = mention('cluster Exemplia', text);
		const short = mention('Exemplia', text);
		expect(nonOverlapping([short, long])).toEqual([long]);
	});

	it('splits paragraphs on blank lines only, trimmed', () => {
		expect(paragraphsOf(text, 0, sections[0].end).map((span) => text.slice(span.start, span.end))).toEqual([
			'Titre fictif',
			'La société Fictivia rejoint\nle cluster Exemplia.'
		]);
	});

	it('gives sections their paragraphs without the heading line, and pieces that rebuild the text', () => {
		const shown = segmentsOf(text, sections, [mention('Fictivia', text), mention('Exemplia', text, { category: 'new' })]);
		expect(shown.map((section) => section.title)).toEqual(['', 'Suite']);
		expect(shown[1].paragraphs.map((paragraph) => paragraph.pieces.map((piece) => piece.text).join(''))).toEqual(['Un autre paragraphe.']);
		const second = shown[0].paragraphs[1];
		expect(second.pieces.map((piece) => piece.text).join('')).toBe(text.slice(second.start, second.end));
		expect(second.pieces.filter((piece) => piece.mention).map((piece) => [piece.text, piece.mention?.category])).toEqual([
			['Fictivia', 'known'],
			['Exemplia', 'new']
		]);
	});

	it('finds an excerpt whatever its spaces', () => {
		expect(findExcerpt('Un montant de 850\u202f000\u00a0€ en 2026.', 'montant de 850 000 € en')).toEqual({ start: 3, end: 26 });
		expect(findExcerpt(text, 'absent du texte')).toBeNull();
	});
});
