import type { Mention } from '$lib/domain/documents';
import type { NewEntityKind } from './cues';
import type { Token } from './french';

/** What finding a name in a text takes, for organisations, people and names without a cue. */

export interface NewMention extends Mention {
	kind: NewEntityKind;
	first: number;
	last: number;
	/** Found without a cue (a capitalised name): related only where a cue says how. */
	weak?: boolean;
	/** For a person: the role on ROLE_AT and the title as written. */
	role?: string;
	title?: string;
	/** A role given before the name (« sa directrice, Julie Fictelle »): where its title starts, and its determiner. */
	titled?: { first: number; determiner: 'possessive' | 'indefinite' | 'definite' };
}

/** Words that may join the words of a name: « Communauté de communes du Pays de Bray ». */
export const CONNECTORS: ReadonlySet<string> = new Set([
	'de',
	'du',
	'des',
	'd',
	'la',
	'le',
	'les',
	'l',
	'et',
	'sur',
	'en',
	'sous',
	'lès',
	'a',
	'aux',
	'au'
]);
const OPENING_QUOTE = /^[\s\u00a0\u202f]*[«"“]/u;

/** Only spaces, hyphens or an apostrophe between two tokens: the same name goes on. */
export function joined(text: string, left: Token, right: Token): boolean {
	return /^[\s\u00a0\u202f'’\-–&]*$/u.test(text.slice(left.end, right.start)) && !text.slice(left.end, right.start).includes('\n');
}

/** The name starting at token `from`: capitalised words and the connectors between them. */
export function nameRun(text: string, tokens: readonly Token[], from: number, connectors: ReadonlySet<string> = CONNECTORS): number {
	let last = from;
	let index = from;
	while (index < tokens.length && (index === from || joined(text, tokens[index - 1], tokens[index]))) {
		const token = tokens[index];
		// « Cléon 4.0 »: a number goes on a name right after a capitalised word, not after a connector (« Fondé en 2020 à… »).
		if (/^\d/u.test(token.text) && index > from && !tokens[index - 1].capitalised) break;
		if (token.capitalised) last = index + 1;
		else if (!connectors.has(token.folded) && !token.elision) break;
		index++;
		if (index - from > 8) break;
	}
	return last;
}

/** A quoted name right after the cue: « Fictiboucle », "Smart Building". */
export function quotedRun(text: string, tokens: readonly Token[], from: number): number | null {
	if (from >= tokens.length || !OPENING_QUOTE.test(text.slice(tokens[from - 1]?.end ?? 0, tokens[from].start))) return null;
	for (let index = from; index < tokens.length && index - from < 10; index++) {
		if (/^[\s\u00a0\u202f]*[»"”]/u.test(text.slice(tokens[index].end, tokens[index].end + 3))) return index + 1;
	}
	return null;
}

export function mention(
	text: string,
	tokens: readonly Token[],
	first: number,
	last: number,
	kind: NewEntityKind,
	reason: string,
	nameFrom = first
): NewMention {
	const start = tokens[first].start;
	const end = tokens[last - 1].end;
	const written = text.slice(tokens[nameFrom].start, end).replace(/[\s\u00a0\u202f]+/gu, ' ');
	const name = written.charAt(0).toUpperCase() + written.slice(1);
	return { text: text.slice(start, end), start, end, name, kind, category: 'new', reason, first, last };
}
