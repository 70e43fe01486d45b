import { foldedWords } from '$lib/domain/text';

/**
 * How a name matches what a person typed, best first. The full-text index scores by term
 * frequency, so « cote d'albatre » put Côte-d'Or and a person named Côte ahead of the Territoire
 * d'industrie « Dieppe - Côte d'Albâtre »: the hits are ranked again by how the whole of what was
 * typed appears in a name or an alias, accents, case, hyphens and elisions aside.
 * - `phrase`: the typed words, whole, follow each other in the name (the whole name, or a phrase
 *   inside it); typed apart, the words of a name written as one also count (« ecosysteme d » is
 *   « ÉcosystèmeD »);
 * - `prefix`: the same with the last typed word cut short (« fictivia ind »);
 * - `words`: every typed word starts a word of the name, in any order;
 * - `partial`: anything else the index found.
 * Within a class the index's order stands, with its kind weights (an actor before the commune
 * of the same name).
 */
export const matchClasses = ['phrase', 'prefix', 'words', 'partial'] as const;
export type MatchClass = (typeof matchClasses)[number];

/** Whether `typed` follows in `words` from `at`, its last word possibly a prefix. */
function followsAt(words: readonly string[], typed: readonly string[], at: number, lastMayBePrefix: boolean): boolean {
	if (at + typed.length > words.length) return false;
	return typed.every((word, index) => {
		const found = words[at + index];
		return found === word || (lastMayBePrefix && index === typed.length - 1 && found.startsWith(word));
	});
}

function classOf(wanted: readonly string[], name: string): number {
	const words = foldedWords(name);
	const starts = words.map((_, at) => at);
	if (starts.some((at) => followsAt(words, wanted, at, false))) return 0;
	const joined = wanted.join('');
	if (words.includes(joined)) return 0;
	if (starts.some((at) => followsAt(words, wanted, at, true)) || words.some((word) => word.startsWith(joined))) return 1;
	if (wanted.every((word) => words.some((each) => each.startsWith(word)))) return 2;
	return 3;
}

/** The best class among a name and its aliases for what was typed. */
export function matchClass(typed: string, names: readonly string[]): MatchClass {
	const wanted = foldedWords(typed);
	if (wanted.length === 0) return 'partial';
	return matchClasses[Math.min(matchClasses.length - 1, ...names.map((name) => classOf(wanted, name)))];
}

/** The hits ranked by their class first, then in the order they came (the index's score, kind weights included). */
export function rankHits<T extends { names: readonly string[] }>(typed: string, hits: readonly T[]): Omit<T, 'names'>[] {
	return hits
		.map((hit, order) => ({ hit, order, rank: matchClasses.indexOf(matchClass(typed, hit.names)) }))
		.sort((a, b) => a.rank - b.rank || a.order - b.order)
		.map(({ hit }) => {
			const { names: _names, ...rest } = hit;
			return rest;
		});
}
