import { NOT_FIRST_NAMES, PERSON_ROLES } from './cues';
import type { Token } from './french';
import { joined, mention, type NewMention } from './names';

/** « Prénom Nom, président de … »: a person and the role words that follow the name. */
export function people(text: string, tokens: readonly Token[], taken: (first: number, last: number) => boolean): NewMention[] {
	const found: NewMention[] = [];
	for (let index = 0; index + 2 < tokens.length; index++) {
		if (!tokens[index].capitalised || /\d/u.test(tokens[index].text) || NOT_FIRST_NAMES.has(tokens[index].folded)) continue;
		let last = index + 1;
		while (last < tokens.length && last - index < 4 && tokens[last].capitalised && joined(text, tokens[last - 1], tokens[last])) last++;
		if (last - index < 2 || last >= tokens.length || !text.slice(tokens[last - 1].end, tokens[last].start).includes(',')) continue;
		const roleAt = tokens[last].folded === '1er' || tokens[last].folded === 'premier' ? last + 1 : last;
		// « co-fondateur » is two tokens joined by a hyphen: one role word.
		const coRole = tokens[roleAt]?.folded === 'co' && tokens[roleAt + 1] && joined(text, tokens[roleAt], tokens[roleAt + 1]);
		const role = PERSON_ROLES.get(coRole ? `co${tokens[roleAt + 1].folded}` : (tokens[roleAt]?.folded ?? ''));
		if (!role || taken(index, last)) continue;
		let titleEnd = roleAt + 1;
		while (
			titleEnd < tokens.length &&
			titleEnd - roleAt < 5 &&
			!['de', 'du', 'des', 'd'].includes(tokens[titleEnd].folded) &&
			joined(text, tokens[titleEnd - 1], tokens[titleEnd])
		)
			titleEnd++;
		const roleWord = coRole ? text.slice(tokens[roleAt].start, tokens[roleAt + 1].end) : tokens[roleAt].text;
		const person = mention(text, tokens, index, last, 'Person', `suivi de « ${roleWord} »`);
		found.push({ ...person, category: 'person', role, title: text.slice(tokens[last].start, tokens[titleEnd - 1].end) });
		index = last;
	}
	return found;
}
