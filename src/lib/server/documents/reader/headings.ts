import { PROJECT_HEADINGS, wordsAt } from './cues';
import type { Token } from './french';
import { mention, type NewMention } from './names';

/**
 * Projects named by the layout of an action plan: a line opening with « Fiche action n° 4 : »,
 * « Projet : » or « Action 2 — » (cues.json, projectHeadings) gives the project's name in the rest
 * of the line; the labelled lines below it (« Porteur : », « Partenaires : ») then speak of it.
 */

/** « n° 4 », « 2 », « IV », « B »: the number of an action, before the colon or the dash. */
const NUMBER = /^(?:n|no|numero|\d{1,3}|[ivx]{1,5}|[a-z])$/u;
/** The words of a name in a heading: no more, or it is a sentence (« Projet : les entreprises du territoire recrutent… »). */
const MAX_WORDS = 14;

export function headedProjects(text: string, tokens: readonly Token[]): NewMention[] {
	const found: NewMention[] = [];
	const folded = tokens.map((token) => token.folded);
	for (let index = 0; index < tokens.length; index++) {
		const lineOpens = index === 0 || text.slice(tokens[index - 1].end, tokens[index].start).includes('\n');
		if (!lineOpens) continue;
		const lineStart = tokens[index].start;
		const lineEnd = text.indexOf('\n', lineStart) === -1 ? text.length : text.indexOf('\n', lineStart);
		// Only Markdown marks, bullets or emphasis before the cue: « ## Fiche action », « **Projet :** ».
		if (!/^[#*\-–•\s]*$/u.test(text.slice(text.lastIndexOf('\n', lineStart - 1) + 1, lineStart))) continue;
		const words = PROJECT_HEADINGS.find((candidate) => wordsAt(folded, candidate, index));
		if (!words) continue;
		let from = index + words.length;
		while (from < tokens.length && tokens[from].end <= lineEnd && NUMBER.test(folded[from])) from++;
		if (from >= tokens.length || tokens[from].start >= lineEnd) continue;
		// The name follows a colon or a dash: « Action 2 — Atelier », not « Action collective des entreprises ».
		if (!/[:—–-]/u.test(text.slice(tokens[from - 1].end, tokens[from].start))) continue;
		// « Action 1 — Fictiport Énergies : un démonstrateur… »: the name ends at a colon or a spaced dash, its subtitle follows.
		let last = from + 1;
		while (
			last < tokens.length &&
			tokens[last].end <= lineEnd &&
			!/:|\s[—–-]\s/u.test(text.slice(tokens[last - 1].end, tokens[last].start))
		)
			last++;
		const lineClose = tokens[last]?.start !== undefined && tokens[last].start < lineEnd ? tokens[last - 1].end : lineEnd;
		// A name starts with a capital and is short; a final full stop makes it a sentence.
		if (!tokens[from].capitalised || last - from > MAX_WORDS || /[.!?]\s*\**\s*$/u.test(text.slice(tokens[last - 1].end, lineClose)))
			continue;
		found.push(mention(text, tokens, from, last, 'Project', `titre « ${words.join(' ')} »`));
	}
	return found;
}
