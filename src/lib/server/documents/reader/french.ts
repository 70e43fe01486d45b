import { foldText } from '$lib/domain/text';

/**
 * French text handling for the reader: words with their offsets (elisions l'/d'/qu' split off,
 * typographic apostrophes, non-breaking spaces, decimals such as « 4.0 » or « 23,6 » kept whole)
 * and sentences (the platform's ICU segmenter, with French abbreviations such as « M. » or « n° »
 * not ending one). Offsets always refer to the original text, so excerpts are shown verbatim.
 */

export interface Token {
	/** As written. */
	text: string;
	/** Lower-cased, accents and ligatures folded: what names are matched on. */
	folded: string;
	start: number;
	end: number;
	/** Starts with an upper-case letter or a digit: names do, common words mostly do not. */
	capitalised: boolean;
	/** An elided article or preposition (l', d', qu'…), written with an apostrophe after it. */
	elision: boolean;
}

export interface Span {
	start: number;
	end: number;
}

const WORD = /[\p{L}\p{N}]+(?:[.,][\p{N}]+)*/gu;
const APOSTROPHES = /['’ʼ‘`´]/;
const ELIDED = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu']);

/** The words of a text, with their offsets. */
export function tokenise(text: string, from = 0, to = text.length): Token[] {
	const tokens: Token[] = [];
	const slice = text.slice(from, to);
	for (const match of slice.matchAll(WORD)) {
		const start = from + (match.index ?? 0);
		const word = match[0];
		const end = start + word.length;
		const folded = foldText(word);
		tokens.push({
			text: word,
			folded,
			start,
			end,
			capitalised: /^[\p{Lu}\p{N}]/u.test(word),
			elision: ELIDED.has(folded) && APOSTROPHES.test(text[end] ?? '')
		});
	}
	return tokens;
}

/** Words a name is matched on: folded, elisions at the start dropped (« L'Oréal » is found in « d'Oréal » too). */
export function nameKey(name: string): string[] {
	const tokens = tokenise(name);
	let first = 0;
	while (first < tokens.length - 1 && tokens[first].elision) first++;
	return tokens.slice(first).map((token) => token.folded);
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATION = /(?:^|[\s(])(?:M|MM|Mme|Mmes|Mlle|Dr|Pr|Me|Mgr|St|Ste|n°|no|cf|av|bd|vol|éd|art|env|p|pp|ex|fig|réf|tél|[A-Z])\.\s*$/u;

/** The sentences of a text, as spans; line breaks end sentences (titles, list items). */
export function sentencesOf(text: string): Span[] {
	const segmenter = new Intl.Segmenter('fr', { granularity: 'sentence' });
	const spans: Span[] = [];
	let pending: Span | null = null;
	for (const segment of segmenter.segment(text)) {
		const start = segment.index;
		const end = start + segment.segment.length;
		const current: Span = pending ? { start: pending.start, end } : { start, end };
		if (ABBREVIATION.test(segment.segment) && !segment.segment.includes('\n')) {
			pending = current;
			continue;
		}
		pending = null;
		spans.push(...splitLines(text, current));
	}
	if (pending) spans.push(...splitLines(text, pending));
	return spans.map((span) => trimmed(text, span)).filter((span) => span.end > span.start);
}

function splitLines(text: string, span: Span): Span[] {
	const spans: Span[] = [];
	let start = span.start;
	for (let index = span.start; index < span.end; index++) {
		if (text[index] === '\n') {
			spans.push({ start, end: index });
			start = index + 1;
		}
	}
	spans.push({ start, end: span.end });
	return spans;
}

function trimmed(text: string, { start, end }: Span): Span {
	while (start < end && /\s/u.test(text[start])) start++;
	while (end > start && /\s/u.test(text[end - 1])) end--;
	return { start, end };
}

/** The text of a span with its spaces made plain (non-breaking ones included), for display. */
export function excerptOf(text: string, span: Span): string {
	return text
		.slice(span.start, span.end)
		.replace(/[\u00a0\u202f\s]+/gu, ' ')
		.trim();
}
