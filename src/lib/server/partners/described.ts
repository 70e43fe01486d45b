import type { DescribedFact } from './facts';
import generic from './generic-words.json';
import type { Recognised } from './recognise';
import { STOPWORDS, stem, tokenize } from './text';

/**
 * The partner finder's fallback when a description names no theme: its other words, searched in
 * the descriptions of the graph's entities (the French full-text index `entity_descriptions`).
 */

/** Words shorter than this say too little to search for (« eau » names a theme anyway). */
const MIN_LETTERS = 4;
/** Most words searched for: a long description keeps its first ones. */
const MAX_WORDS = 24;
const GENERIC = new Set(generic.words);

/**
 * The words of a request worth searching descriptions for, as a Lucene query (`a OR b`): not the
 * stop words, the generic words (« filière », « projet »…), numbers, nor the words of the places
 * recognised. Null when none is left. Each word is letters and digits only: nothing for Lucene to read as syntax.
 */
export function descriptionQuery(text: string, places: readonly Pick<Recognised, 'matched'>[]): { search: string; words: string[] } | null {
	const placeWords = new Set(places.flatMap((place) => place.matched.flatMap((phrase) => tokenize(phrase).map((token) => token.folded))));
	const words = [
		...new Set(
			tokenize(text)
				.filter((token) => token.folded.length >= MIN_LETTERS && !/^\d+$/u.test(token.folded))
				.filter((token) => !STOPWORDS.has(token.folded) && !GENERIC.has(token.folded) && !placeWords.has(token.folded))
				.map((token) => token.raw.toLocaleLowerCase('fr'))
		)
	].slice(0, MAX_WORDS);
	return words.length > 0 ? { search: words.join(' OR '), words } : null;
}

/**
 * What a request without themes searches for: its `words` as given (the page leaves the places
 * out), else its text without the places recognised in it.
 */
export function requestQuery(
	request: { text?: string; words?: string },
	places: readonly Pick<Recognised, 'matched'>[]
): { search: string; words: string[] } | null {
	if (request.words) return descriptionQuery(request.words, []);
	return request.text ? descriptionQuery(request.text, places) : null;
}

/** The words of the request its description answers, compared by their stems (« recycle » and « recyclage » apart). */
export function answeredWords(words: readonly string[], fact: Pick<DescribedFact, 'description'>): string[] {
	const stems = new Set(tokenize(fact.description).map((token) => stem(token.folded)));
	return words.filter((word) => tokenize(word).some((token) => stems.has(stem(token.folded))));
}

/** Text relevance in [0, 1]: a candidate's full-text score against the best of the request. */
export function relevance(fact: DescribedFact | undefined, best: number): number {
	return fact && best > 0 ? fact.score / best : 0;
}
