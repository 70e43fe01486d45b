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
		// « Yann Fictiec, le dirigeant de Fictinaval », « …, la présidente du cluster »: the role may take its article.
		const article = ['le', 'la', 'l'].includes(tokens[last].folded) && !tokens[last + 1]?.capitalised ? last + 1 : last;
		const roleAt = tokens[article].folded === '1er' || tokens[article].folded === 'premier' ? article + 1 : article;
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
		found.push({ ...person, category: 'person', role, title: text.slice(tokens[article].start, tokens[titleEnd - 1].end) });
		index = last;
	}
	return found;
}

const DETERMINERS: ReadonlySet<string> = new Set(['sa', 'son', 'leur', 'notre', 'une', 'un', 'la', 'le', 'l']);
const POSSESSIVES: ReadonlySet<string> = new Set(['sa', 'son', 'leur', 'notre']);
const determinerOf = (word: string) => (POSSESSIVES.has(word) ? 'possessive' : ['une', 'un'].includes(word) ? 'indefinite' : 'definite');
/** « présidée par », « dirigé par »: the person who follows heads the sentence's subject. */
const HEADED_BY: ReadonlySet<string> = new Set([
	'preside',
	'presidee',
	'presides',
	'presidees',
	'dirige',
	'dirigee',
	'diriges',
	'dirigees'
]);

/**
 * « sa directrice, Julie Fictelle », « une chargée de mission, Léa Fictival », « le Premier ministre
 * Édouard Philippe »: a role given before the name, after a determiner; the name follows a comma,
 * or follows a title of one or two words directly.
 */
export function titledPeople(text: string, tokens: readonly Token[], taken: (first: number, last: number) => boolean): NewMention[] {
	const found: NewMention[] = [];
	for (let index = 0; index + 3 < tokens.length; index++) {
		if (!DETERMINERS.has(tokens[index].folded)) continue;
		const roleAt = tokens[index + 1].folded === 'premier' ? index + 2 : index + 1;
		const role = PERSON_ROLES.get(tokens[roleAt].folded);
		if (!role || tokens[roleAt].capitalised || /[,.;:!?\n]/u.test(text.slice(tokens[index].end, tokens[roleAt].start))) continue;
		let titleEnd = roleAt + 1;
		while (
			titleEnd < tokens.length &&
			titleEnd - roleAt < 6 &&
			!tokens[titleEnd].capitalised &&
			!/[,.;:!?\n«»"]/u.test(text.slice(tokens[titleEnd - 1].end, tokens[titleEnd].start))
		)
			titleEnd++;
		const gap = text.slice(tokens[titleEnd - 1].end, tokens[titleEnd]?.start ?? text.length);
		const comma = /^[\s\u00a0\u202f]*,[\s\u00a0\u202f]*$/u.test(gap);
		if (!comma && !(titleEnd - index <= 3 && /^[\s\u00a0\u202f]+$/u.test(gap))) continue;
		const first = titleEnd;
		if (!tokens[first]?.capitalised || /\d/u.test(tokens[first].text) || NOT_FIRST_NAMES.has(tokens[first].folded)) continue;
		let last = first + 1;
		while (last < tokens.length && last - first < 4 && tokens[last].capitalised && joined(text, tokens[last - 1], tokens[last])) last++;
		if (last - first < 2 || taken(first, last)) continue;
		const title = text.slice(tokens[index + 1].start, tokens[titleEnd - 1].end);
		const person = mention(text, tokens, first, last, 'Person', `après « ${title} »`);
		found.push({
			...person,
			category: 'person',
			role,
			title,
			titled: { first: index + 1, determiner: determinerOf(tokens[index].folded) }
		});
		index = last;
	}
	return found;
}

/** « L'association est présidée par Hélène Fictivier »: a person heading the sentence's subject, named after the participle. */
export function headingPeople(text: string, tokens: readonly Token[], taken: (first: number, last: number) => boolean): NewMention[] {
	const found: NewMention[] = [];
	for (let index = 0; index + 3 < tokens.length; index++) {
		if (!HEADED_BY.has(tokens[index].folded) || tokens[index + 1].folded !== 'par') continue;
		const first = index + 2;
		if (!tokens[first].capitalised || /\d/u.test(tokens[first].text) || NOT_FIRST_NAMES.has(tokens[first].folded)) continue;
		let last = first + 1;
		while (last < tokens.length && last - first < 4 && tokens[last].capitalised && joined(text, tokens[last - 1], tokens[last])) last++;
		// Two or three capitalised words and nothing capitalised joined after: « Hélène Fictivier », not « la CCI X ».
		if (last - first < 2 || last - first > 3 || taken(first, last)) continue;
		const title = text.slice(tokens[index].start, tokens[index + 1].end);
		const person = mention(text, tokens, first, last, 'Person', `après « ${title} »`);
		found.push({ ...person, category: 'person', role: 'head', title, titled: { first: index, determiner: 'indefinite' } });
		index = last;
	}
	return found;
}
