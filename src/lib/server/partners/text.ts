import { foldText } from '$lib/domain/text';

/** A word of a text, with where it stands in the original (for the chips' "matched" words). */
export interface Token {
	/** The word as written. */
	raw: string;
	/** Lower case, without accents; `&` reads as `et`. */
	folded: string;
	start: number;
	end: number;
	/** Written with a capital first letter (place names are proper nouns). */
	capitalised: boolean;
	/** First word of the text or of a sentence, where any word takes a capital. */
	sentenceStart: boolean;
}

const WORD = /[\p{L}\p{N}]+|&/gu;
const SENTENCE_END = /[.!?;:\n«»"“”(]/u;

/**
 * The words of a text. Apostrophes and hyphens separate words ("Côtes-d'Armor" gives `cotes`,
 * `d`, `armor`), so "réutilisation de l'eau" and "Côtes d’Armor" read the same whatever the
 * apostrophe.
 */
export function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	for (const match of text.matchAll(WORD)) {
		const raw = match[0];
		const start = match.index;
		let before = start - 1;
		while (before >= 0 && /\s/u.test(text[before])) before--;
		tokens.push({
			raw,
			folded: raw === '&' ? 'et' : foldText(raw),
			start,
			end: start + raw.length,
			capitalised: /^\p{Lu}/u.test(raw),
			sentenceStart: before < 0 || SENTENCE_END.test(text[before])
		});
	}
	return tokens;
}

/** French (and a few English) words that carry no theme: left out before theme phrases are compared. */
export const STOPWORDS = new Set([
	'a',
	'au',
	'aux',
	'avec',
	'd',
	'dans',
	'de',
	'des',
	'du',
	'en',
	'et',
	'l',
	'la',
	'le',
	'les',
	'par',
	'pour',
	'sur',
	'un',
	'une',
	'and',
	'for',
	'in',
	'of',
	'the'
]);

/**
 * A light French stemmer for comparing theme phrases: plural and feminine forms fold onto one
 * stem ("eaux" → "eau", "industrielles" → "industriel", "décarbonée" → "decarbon",
 * "matériaux" → "materiau", "locaux" → "local"). It works on folded words and only ever shortens
 * endings, so a theme's synonyms (verbs, nouns) still do the rest.
 */
export function stem(folded: string): string {
	if (folded.length <= 3) return folded;
	let word = folded;
	if (/(?:e|i)aux$/.test(word)) word = word.slice(0, -1);
	else if (word.endsWith('aux')) word = `${word.slice(0, -3)}al`;
	else if (/[sx]$/.test(word)) word = word.slice(0, -1);
	if (word.endsWith('elle')) word = word.slice(0, -2);
	else if (word.endsWith('enne')) word = word.slice(0, -2);
	else if (word.endsWith('ive')) word = `${word.slice(0, -2)}f`;
	else if (word.endsWith('euse')) word = `${word.slice(0, -3)}ur`;
	else if (word.endsWith('ere')) word = `${word.slice(0, -3)}er`;
	else if (word.endsWith('ee')) word = word.slice(0, -1);
	if (word.endsWith('e') && word.length > 4) word = word.slice(0, -1);
	return word;
}

/** The comparable form of a theme phrase: stems of its words that are not stopwords. */
export function themeKey(tokens: readonly Pick<Token, 'folded'>[]): string {
	return tokens
		.filter((token) => !STOPWORDS.has(token.folded))
		.map((token) => stem(token.folded))
		.join(' ');
}

/** The comparable form of a place name: its folded words, all kept ("Pays de la Loire"). */
export function placeKey(tokens: readonly Pick<Token, 'folded'>[]): string {
	return tokens.map((token) => token.folded).join(' ');
}

/**
 * Is the phrase an acronym or a code ("ESS", "H2", "CO2", "EnR", "R&D")? Those only match as
 * written, capitals included: "ess" or "ia" in a sentence are not the social economy or AI.
 */
export function isAcronym(phrase: string): boolean {
	const compact = phrase.replace(/[\s-]/g, '');
	return compact.length <= 6 && (/^(?=.*\p{Lu})[\p{Lu}\p{N}&]+$/u.test(compact) || /^\p{Lu}\p{Ll}?\p{Lu}+$/u.test(compact));
}

/** The word without its accents, for acronyms that must be written as they are (accents aside). */
export function unaccented(word: string): string {
	return word.normalize('NFD').replace(/\p{Diacritic}/gu, '');
}

/** Are both lists the same words in the same order (or both absent)? */
export function sameWords(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
	if (!a || !b) return a === b;
	return a.length === b.length && a.every((word, index) => word === b[index]);
}
