import { ANAPHORS, PRONOUN_EXCLUDES, wordsAt } from './cues';
import type { Span, Token } from './french';
import { classOf, type Named } from './kinds';

/** Words after an impersonal « il ». */
const IMPERSONAL: ReadonlySet<string> = new Set(['faut', 'fallait', 'faudra', 'y', 's', 'semble', 'existe', 'reste', 'suffit']);

/**
 * « Il », « cette initiative », « le projet » at the start of a clause stand for a name of the
 * sentence before: the last one of a fitting kind. Only for relating: they are not mentions.
 */
export function anaphorsIn(
	text: string,
	tokens: readonly Token[],
	sentence: Span,
	own: readonly Named[],
	previous: readonly Named[],
	recent: readonly Named[] = previous
): Named[] {
	const found: Named[] = [];
	const folded = tokens.map((token) => token.folded);
	const first = tokens.findIndex((token) => token.start >= sentence.start);
	if (first === -1) return found;
	for (let index = first; index < tokens.length && tokens[index].end <= sentence.end; index++) {
		const clauseStart = index === first || /[,;:]\s*$/u.test(text.slice(tokens[index - 1].end, tokens[index].start));
		if (!clauseStart) continue;
		const anaphor = ANAPHORS.find((candidate) => wordsAt(folded, candidate.words, index));
		if (!anaphor) continue;
		const { words, kind } = anaphor;
		const last = index + words.length;
		// « Il faut former », « il y a », « il s'agit »: an impersonal « il » stands for no one.
		if (words.join(' ') === 'il' && IMPERSONAL.has(folded[last] ?? '')) continue;
		if (own.some((named) => named.first < last && named.last > index)) continue;
		// « L'entreprise Fictivia Usinage », « le projet Fictiboucle »: the noun introduces the name that follows, it stands for no one.
		const next = tokens[last];
		if (next?.capitalised && next.end <= sentence.end && /^[\s\u00a0\u202f«"“]*$/u.test(text.slice(tokens[last - 1].end, next.start)))
			continue;
		// « La société commune, Semelles Fictives du Choletais, … »: the noun introduces the name set off after its adjective.
		const apposed = own.find((named) => named.first >= last && named.first <= last + 2);
		if (apposed && /^[\s\u00a0\u202f\p{Ll}]*,[\s\u00a0\u202f]*$/u.test(text.slice(tokens[last - 1].end, apposed.start))) continue;
		const excluded = PRONOUN_EXCLUDES.get(words.join(' '));
		const wanted = (named: Named) =>
			!excluded?.has(named.kind) && classOf(named) !== 'place' && classOf(named) !== 'person' && (!kind || named.kind === kind);
		// « Il », « Elle »: the subject of the sentence before, its first name; « ce projet », « ce rendez-vous »:
		// the last project named, in this sentence or the ones before.
		const antecedent = kind ? [...recent, ...own.filter((named) => named.last <= index)].reverse().find(wanted) : previous.find(wanted);
		if (!antecedent) continue;
		const start = tokens[index].start;
		const end = tokens[last - 1].end;
		found.push({ ...antecedent, text: text.slice(start, end), start, end, first: index, last, reason: `reprend « ${antecedent.name} »` });
	}
	return found;
}
