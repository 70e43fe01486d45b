import { ACRONYM_KINDS, NOT_PROPER_NAMES } from './cues';
import type { Token } from './french';
import { CONNECTORS, joined, mention, nameRun, type NewMention } from './names';

/** Without a cue, « A et B » is two names. */
const LIST_FREE_CONNECTORS = new Set([...CONNECTORS].filter((word) => word !== 'et'));

/** Whether the token starts a sentence, a line or a quotation: its capital says nothing there. */
function sentenceStart(text: string, tokens: readonly Token[], index: number): boolean {
	const before = text.slice(index === 0 ? 0 : tokens[index - 1].end, tokens[index].start);
	// « ….\n- Lancement d'une démarche »: a list item opens a line whatever ended the line before.
	return index === 0 || /[.!?:\n«"“]\s*$/u.test(before) || /\n[\s\-–•*#]*$/u.test(before);
}

/**
 * Names without a cue: a run of capitalised words mid-sentence (« Renault Cléon », « Constellium
 * Issoire »), or at a sentence's start when it has two capitalised words or an acronym (« BASF »,
 * « EBL »). Their kind is a guess (an organisation, a company unless its first word says otherwise),
 * so what they join is proposed with less confidence.
 */
export function properNouns(text: string, tokens: readonly Token[], taken: (first: number, last: number) => boolean): NewMention[] {
	const found: NewMention[] = [];
	for (let index = 0; index < tokens.length; index++) {
		const token = tokens[index];
		// « France Travail », « France Clusters »: a country that opens a longer name is part of it.
		const opensName =
			['france', 'europe'].includes(token.folded) && tokens[index + 1]?.capitalised && joined(text, token, tokens[index + 1]);
		if (!token.capitalised || /^\d/u.test(token.text) || (NOT_PROPER_NAMES.has(token.folded) && !opensName) || token.elision) continue;
		// « à Villefictive », « en Val-Fictif »: a name the graph lacks right after « à » or « en » is a place, not an organisation.
		if (['a', 'en'].includes(tokens[index - 1]?.folded ?? '')) {
			index = nameRun(text, tokens, index, LIST_FREE_CONNECTORS) - 1;
			continue;
		}
		const last = nameRun(text, tokens, index, LIST_FREE_CONNECTORS);
		if (taken(index, last)) {
			index = last - 1;
			continue;
		}
		const words = tokens.slice(index, last);
		// A heading in capitals (« DIFFICULTÉS RENCONTRÉES ») names nothing.
		const lineStart = text.lastIndexOf('\n', token.start) + 1;
		const lineEnd = text.indexOf('\n', token.end) === -1 ? text.length : text.indexOf('\n', token.end);
		if (!/\p{Ll}/u.test(text.slice(lineStart, lineEnd))) {
			index = last - 1;
			continue;
		}
		const capitalised = words.filter((word) => word.capitalised && !/^\d/u.test(word.text) && !NOT_PROPER_NAMES.has(word.folded));
		const acronym = words.some((word) => word.text.length >= 2 && /^[\p{Lu}\p{N}&]+$/u.test(word.text) && /\p{Lu}{2}/u.test(word.text));
		const inner = words.some((word) => /^\p{Lu}\p{Ll}*\p{Lu}/u.test(word.text));
		if (sentenceStart(text, tokens, index) && capitalised.length < 2 && !acronym && !inner) continue;
		if (
			capitalised.length === 0 ||
			(words.every((word) => word.text === word.text.toUpperCase() && word.text.length > 1) && words.length > 3)
		)
			continue;
		// « la présentation de « Rade Fictive H2 », une vedette… »: a quoted name is what something is called — a project.
		const quoted =
			/[«"“][\s\u00a0\u202f]*$/u.test(text.slice(0, token.start)) && /^[\s\u00a0\u202f]*[»"”]/u.test(text.slice(tokens[last - 1].end));
		const kind = quoted ? 'Project' : (ACRONYM_KINDS.get(token.folded) ?? 'Company');
		found.push({ ...mention(text, tokens, index, last, kind, 'nom propre, sans indice'), weak: true });
		index = last - 1;
	}
	return found;
}
