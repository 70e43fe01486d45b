import type { Token } from './french';
import { nameKey } from './french';
import type { Gazetteer, GazetteerEntry } from './gazetteer';
import { CURRENT_PHASE, type KnownMention } from './known';
import { CONNECTORS } from './names';

/**
 * « le Territoire d'industrie Rochefort Royan Marenne Oléron »: after its cue, a Territoire
 * d'industrie is named as the text pleases — a misspelt word, a word left out, hyphens dropped —
 * and its first word alone may be another, older one (« Rochefort », 2019-2022). The Territoire
 * whose name shares the most words with what follows the cue is the one meant (three in four of
 * its words at least), the current phase first; it replaces what was matched there word by word.
 */

const CUE = ['territoire', 'd', 'industrie'];
/** The words after the cue that may be the name: up to a line break, a comma or a parenthesis. */
const WINDOW = 8;

export function cuedTerritories(text: string, tokens: readonly Token[], gazetteer: Gazetteer): KnownMention[] {
	const found: KnownMention[] = [];
	const folded = tokens.map((token) => token.folded);
	for (let index = 0; index + CUE.length < tokens.length; index++) {
		if (!CUE.every((word, offset) => folded[index + offset] === word)) continue;
		const from = index + CUE.length;
		const window: number[] = [];
		for (let at = from; at < tokens.length && at - from < WINDOW; at++) {
			if (at > from && /[\n,;:.()]/u.test(text.slice(tokens[at - 1].end, tokens[at].start))) break;
			if (!tokens[at].capitalised && !CONNECTORS.has(folded[at])) break;
			// « TERRITOIRE D'INDUSTRIE PAYS BASQUE ET LE CLUSTER PAYS BASQUE INDUSTRIE »: « et le » starts another name.
			if (['et', 'ou'].includes(folded[at]) && ['le', 'la', 'les', 'l', 'un', 'une'].includes(folded[at + 1])) break;
			window.push(at);
		}
		if (window.length === 0 || !tokens[from].capitalised) continue;
		let best: { entry: GazetteerEntry; shared: number; last: number } | null = null;
		for (const entry of gazetteer.territories) {
			const words = new Set(nameKey(entry.name).filter((word) => !CONNECTORS.has(word)));
			if (words.size === 0 || !words.has(folded[from])) continue;
			const matched = window.filter((at) => words.has(folded[at]));
			if (matched.length / words.size < 0.75) continue;
			const better =
				!best ||
				matched.length > best.shared ||
				(matched.length === best.shared && entry.phase === CURRENT_PHASE && best.entry.phase !== CURRENT_PHASE);
			if (better) best = { entry, shared: matched.length, last: matched.at(-1)! + 1 };
		}
		if (!best) continue;
		const start = tokens[from].start;
		const end = tokens[best.last - 1].end;
		found.push({
			text: text.slice(start, end),
			start,
			end,
			entityId: best.entry.id,
			name: best.entry.name,
			kind: 'Territory',
			category: 'known',
			reason: 'après « Territoire d’industrie »',
			entry: best.entry,
			first: from,
			last: best.last
		});
	}
	return found;
}
