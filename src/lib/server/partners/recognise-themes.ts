import { isAcronym, sameWords, STOPWORDS, stem, themeKey, tokenize, unaccented } from './text';
import type { Recognised } from './recognise';
import type { VocabularyTheme } from './themes';
import generic from './generic-words.json';

/** Words that name no theme on their own (see `generic-words.json`). */
const GENERIC = new Set(generic.words);

/** Recognising themes in a French description: longest phrase first, so "réutilisation des eaux" is one theme, not "eau" as well. */

interface ThemePhrase {
	theme: VocabularyTheme;
	/** For acronyms, the words exactly as they must be written (accents aside). */
	asWritten?: string[];
}

/** Theme phrases by their comparable form (stems of the words that are not stopwords). */
export interface ThemeIndex {
	phrases: Map<string, ThemePhrase[]>;
	longest: number;
}

/** Indexes every French name, English name and synonym of every theme. */
export function buildThemeIndex(themes: readonly VocabularyTheme[]): ThemeIndex {
	const phrases = new Map<string, ThemePhrase[]>();
	let longest = 1;
	for (const theme of themes) {
		for (const phrase of new Set([theme.name, ...(theme.nameEn ? [theme.nameEn] : []), ...theme.synonyms])) {
			const tokens = tokenize(phrase);
			const key = themeKey(tokens);
			if (key === '') continue;
			const entry: ThemePhrase = isAcronym(phrase) ? { theme, asWritten: tokens.map((token) => unaccented(token.raw)) } : { theme };
			const list = phrases.get(key) ?? [];
			if (!list.some((known) => known.theme.id === theme.id && sameWords(known.asWritten, entry.asWritten))) list.push(entry);
			phrases.set(key, list);
			longest = Math.max(longest, key.split(' ').length);
		}
	}
	return { phrases, longest };
}

/** The themes a text names, in the order they first appear, each with the words that named it. */
export function findThemes(text: string, index: ThemeIndex): Recognised[] {
	const words = tokenize(text).filter((token) => !STOPWORDS.has(token.folded));
	const stems = words.map((token) => stem(token.folded));
	const found = new Map<string, Recognised>();
	for (let start = 0; start < words.length;) {
		let length = Math.min(index.longest, words.length - start);
		for (; length > 0; length--) {
			const span = words.slice(start, start + length);
			const hits = (index.phrases.get(stems.slice(start, start + length).join(' ')) ?? []).filter(
				(phrase) =>
					!phrase.asWritten ||
					sameWords(
						phrase.asWritten,
						span.map((token) => unaccented(token.raw))
					)
			);
			if (hits.length === 0) continue;
			// « filière » alone is no theme; « filière hydrogène » still is.
			if (span.every((token) => GENERIC.has(unaccented(token.folded)))) continue;
			const matched = text.slice(span[0].start, span[span.length - 1].end);
			for (const { theme } of hits) {
				const known = found.get(theme.id) ?? { id: theme.id, name: theme.name, kind: 'Theme' as const, matched: [] };
				if (!known.matched.includes(matched)) known.matched.push(matched);
				found.set(theme.id, known);
			}
			break;
		}
		start += Math.max(length, 1);
	}
	return [...found.values()];
}
