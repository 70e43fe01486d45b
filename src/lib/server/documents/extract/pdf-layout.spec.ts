import { describe, expect, it } from 'vitest';
import { joinLines, linesOf, paragraphsOf, withoutRunningLines, type Line, type TextRun } from './pdf-layout';

/** A run at (x, y) in a font of `size`, as wide as its characters at half the size each. */
const run = (str: string, x: number, y: number, size = 12, hasEOL = false): TextRun => ({
	str,
	transform: [size, 0, 0, size, x, y],
	width: str.length * size * 0.5,
	height: size,
	hasEOL
});
const line = (text: string, y: number, size = 12): Line => ({ text, x: 50, y, end: 50 + text.length * 6, size });

describe('linesOf', () => {
	it('joins runs of one baseline, without a space where they touch (a ligature cut apart) and with one where a gap is', () => {
		const ville = run('Ville', 50, 700);
		const fi = run('fi', ville.transform[4] + ville.width, 700);
		const ctive = run('ctive', fi.transform[4] + fi.width, 700);
		const far = run('Loire', ctive.transform[4] + ctive.width + 5, 700, 12, true);
		expect(linesOf([ville, fi, ctive, far, run('suite', 50, 683)]).map((each) => each.text)).toEqual(['Villefictive Loire', 'suite']);
	});

	it('starts a new line after an end-of-line mark, even at the same height', () => {
		expect(linesOf([run('un', 50, 700, 12, true), run('deux', 200, 700)]).map((each) => each.text)).toEqual(['un', 'deux']);
	});
});

describe('joinLines', () => {
	it.each([
		['le dévelop-', 'pement', 'le développement'],
		['Saint-', 'Étienne', 'Saint-Étienne'],
		['une coupure\u00AD', 'sans trait', 'une coupuresans trait'],
		['fin de ligne', 'suite', 'fin de ligne suite'],
		['un montant de 12 -', 'moins', 'un montant de 12 - moins']
	])('« %s » + « %s » → « %s »', (first, second, joined) => {
		expect(joinLines(first, second)).toBe(joined);
	});
});

describe('withoutRunningLines', () => {
	const page = (number: number, body: string) => [line('Rapport fictif 2024', 800, 9), line(body, 700), line(`${number}`, 20, 9)];

	it('drops a header and a page number repeated at the edges of every page', () => {
		const pages = withoutRunningLines([page(1, 'Premier paragraphe.'), page(2, 'Second paragraphe.'), page(3, 'Troisième.')]);
		expect(pages.map((lines) => lines.map((each) => each.text))).toEqual([['Premier paragraphe.'], ['Second paragraphe.'], ['Troisième.']]);
	});

	it('keeps a line repeated in the middle of pages, and everything of a single page', () => {
		const middle = (y: number) => [
			line('haut', 800),
			line('titre', 760),
			line('Le cluster Exemplia Méca', y),
			line('a', 600),
			line('b', 500),
			line('bas', 20)
		];
		const pages = withoutRunningLines([middle(650), middle(650)]);
		expect(pages[0].map((each) => each.text)).toContain('Le cluster Exemplia Méca');
		expect(withoutRunningLines([page(1, 'Seul.')])[0]).toHaveLength(3);
	});
});

describe('paragraphsOf', () => {
	it('joins close lines, ends a paragraph at a wider gap, sets a larger line apart as a heading', () => {
		const text = paragraphsOf([
			[line('Titre du rapport', 760, 20), line('Une première ligne', 720), line('et sa suite.', 703), line('Un autre paragraphe.', 675)]
		]);
		expect(text).toBe('Titre du rapport\n\nUne première ligne et sa suite.\n\nUn autre paragraphe.');
	});

	it('continues a sentence left open at the bottom of a page, not one that ended', () => {
		const pages = [
			[line('Une phrase', 720), line('qui continue', 703)],
			[line('sur la page suivante.', 720), line('Encore une ligne.', 703)],
			[line('Nouveau paragraphe.', 720)]
		];
		expect(paragraphsOf(pages)).toBe('Une phrase qui continue sur la page suivante. Encore une ligne.\n\nNouveau paragraphe.');
	});
});
