import { MEMBER_LIST_OPENINGS, wordsAt } from './cues';
import type { Span, Token } from './french';
import { ACTING, classOf, type Guess, type Named } from './kinds';

/**
 * « Parmi ses adhérents, on compte la fonderie Exemplia Alu et la société Fictipack » : each
 * organisation the sentence names is a member of the cluster in view, not of the one before it.
 * « Parmi eux » only after a sentence that speaks of members (« Le cluster compte 58 membres »).
 */
export function listedMembers(
	tokens: readonly Token[],
	sentence: Span,
	previous: Span | undefined,
	own: readonly Named[],
	cluster: Named | undefined
): Guess[] {
	const first = tokens.findIndex((token) => token.start >= sentence.start);
	const folded = tokens.map((token) => token.folded);
	const opening = first === -1 ? undefined : MEMBER_LIST_OPENINGS.find((words) => wordsAt(folded, words, first));
	if (!opening || !cluster) return [];
	if (opening.length === 2) {
		const before = tokens.filter((token) => previous && token.start >= previous.start && token.end <= previous.end);
		if (!before.some((token) => /^(?:membres?|adherents?)$/u.test(token.folded))) return [];
	}
	return own
		.filter((named) => ACTING.has(classOf(named)) && (named.entityId ?? named.name) !== (cluster.entityId ?? cluster.name))
		.map((named) => ({ type: 'MEMBER_OF', from: named, to: cluster, confidence: 0.6, cue: `« ${opening.join(' ')} »` }));
}
