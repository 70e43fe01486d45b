import { ACTING, classOf, type Named } from './kinds';
import { CREDIT_FOR, CREDIT_WORDS, wordsAt } from './cues';
import type { Span, Token } from './french';

/** Someone's role at an organisation, as a line of credits says it. */
export interface Credit {
	type: 'ROLE_AT';
	from: Named;
	to: Named;
	role: string;
	confidence: number;
	cue: string;
}

/**
 * A line of credits (« Coordination par X, avec l'appui de Y, pour France Clusters. », « Rédaction :
 * X pour l'ANCT »): a sentence that opens with a credit word (cues.json) and names, after « pour »,
 * the organisation its people work for. Each person named before it has a role there, the credit word.
 */
export function credits(tokens: readonly Token[], sentences: readonly Span[], names: readonly Named[]): Credit[] {
	const folded = tokens.map((token) => token.folded);
	return sentences.flatMap((sentence) => {
		const first = tokens.findIndex((token) => token.start >= sentence.start);
		if (first === -1 || !CREDIT_WORDS.has(folded[first])) return [];
		const inside = names.filter((named) => named.start >= sentence.start && named.end <= sentence.end);
		const employer = inside.find(
			(named) =>
				ACTING.has(classOf(named)) &&
				classOf(named) !== 'project' &&
				CREDIT_FOR.some((cue) => wordsAt(folded, cue, named.first - cue.length) || wordsAt(folded, cue, named.first - cue.length - 1))
		);
		if (!employer) return [];
		const role = tokens[first].text.toLocaleLowerCase('fr');
		return inside
			.filter((named) => named.kind === 'Person' && named.last <= employer.first)
			.map((person) => ({
				type: 'ROLE_AT' as const,
				from: person,
				to: employer,
				role,
				confidence: 0.6,
				cue: `« ${tokens[first].text} … pour »`
			}));
	});
}
