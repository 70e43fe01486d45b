import type { Token } from './french';
import { findCue, type Named } from './kinds';
import { enumerated } from './parentheses';

/** « par l’ANCT »: the name at token `at` is the agent of a passive. */
const isAgent = (folded: readonly string[], at: number) =>
	folded[at - 1] === 'par' || (['la', 'le', 'les', 'l'].includes(folded[at - 1]) && folded[at - 2] === 'par');

/** Which names a cue joins: the nearest before it and a list after it, within its clause. */

/**
 * Whether a cue between two names joins these two: the name before it is the nearest one (or the
 * sentence's subject), and the names between the cue and the second one, if any, are a list
 * (« porté par A, B et C »).
 */
export function cueJoins(
	text: string,
	tokens: readonly Token[],
	folded: readonly string[],
	inside: readonly Named[],
	i: number,
	j: number,
	cueToken: number,
	cueEnd: number
): boolean {
	const between = inside.slice(i + 1, j);
	// « l’étude, financée par l’ANCT et portée par la communauté de communes »: two participles of one name, the agent of
	// the first between them.
	const agents = between.filter((named) => named.last <= cueToken);
	const coordinatedAgents =
		agents.length > 0 &&
		agents.every((named) => isAgent(folded, named.first)) &&
		/^[\s\u00a0\u202f,]*(?:et|puis)[\s\u00a0\u202f]*$/u.test(text.slice(agents.at(-1)!.end, tokens[cueToken].start));
	if (i > 0 && agents.length > 0 && !coordinatedAgents) return false;
	// « … entre France Clusters et l’IRIUS, avec le soutien financier de l’ANCT »: a cue set off by a comma speaks of the sentence's subject.
	const lead = ['avec', 'grace'].includes(folded[cueToken - 1]) ? cueToken - 1 : cueToken;
	if (i > 0 && ['avec', 'grace'].includes(folded[lead]) && /,[\s\u00a0\u202f]*$/u.test(text.slice(0, tokens[lead].start))) return false;
	// « X, porté par Y, est financé par Z »: Y is the agent of its own clause, X is what Z funds.
	const at = inside[i].first;
	if (i > 0 && isAgent(folded, at)) return false;
	// « L'entreprise, membre du pôle A et adhérente de B »: A completes a first predicate, B a second one of the same subject.
	const objectOfCue = findCue(folded.slice(Math.max(0, at - 6), at), false);
	if (
		i > 0 &&
		objectOfCue &&
		Math.max(0, at - 6) + objectOfCue.at + objectOfCue.cue.words.length >= at - 3 &&
		/^[\s\u00a0\u202f,]*et[\s\u00a0\u202f]*$/u.test(text.slice(inside[i].end, tokens[cueToken].start))
	)
		return false;
	const after = [...between.filter((named) => named.first >= cueEnd), inside[j]];
	for (let k = 1; k < after.length; k++) {
		if (!listGap(text.slice(after[k - 1].end, after[k].start))) return false;
	}
	return true;
}

/**
 * Between two names of a list: commas and « et », « ou », « & », « mais aussi », « ainsi que », and items
 * named by no one (« la CCI mais aussi des incubateurs et le CETIM Grand Est »).
 */
const LIST_GAP =
	/^[\s\u00a0\u202f,]*(?:(?:et|ou|&|mais aussi|ainsi que|notamment)[\s\u00a0\u202f,]+)*(?:(?:des|d['’]autres|de nombreu(?:x|ses)|plusieurs)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?[\s\u00a0\u202f,]+(?:(?:et|ou|mais aussi|ainsi que)[\s\u00a0\u202f,]+)*)?(?:par |de )?(?:l['’]|la |le |les |d['’])?$/iu;

/** « la Région (180 000 €) et par l’ADEME », « la Région à hauteur de 180 000 € et par l’ADEME »: what each gives goes with it. */
const listGap = (gap: string) =>
	LIST_GAP.test(
		gap
			.replace(/\([^()]*\)/gu, ' ')
			.replace(/(?:(?:à hauteur d['’]|à hauteur de|pour)\s+)?[\d\s\u00a0\u202f,.]+(?:millions? d['’]euros|M€|k€|€|euros)/giu, ' ')
	);

/** « de l’ADEME et de France 2030 »: two names joined by « et » or « ou », which a cue before them does not relate to each other. */
export const coordinated = (between: string) => /(?:^|[\s,])(?:et|ou)\s/u.test(between) && enumerated(between);
