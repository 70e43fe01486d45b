import type { Section } from '$lib/domain/documents';
import { foldedWords } from '$lib/domain/text';
import { UNNAMED_REFERENTS, wordsAt } from './cues';
import type { Span, Token } from './french';
import type { Named } from './kinds';

/**
 * « Le projet », « du territoire d'industrie », « le cluster » that name nothing stand for the one
 * of that kind the part of the text is about: named most often in its top-level part (« # … »), or
 * in the whole text when it has none, at least twice (cues.json, unnamedReferents). « La CUD assure
 * la coordination générale du projet » under « # Collaboration… » where « le projet DKarbonation »
 * is named three times further down.
 */

// Not « de »: « cheffe de projet », « un projet de cluster » name no one.
const DETERMINERS = new Set(['le', 'du', 'au', 'ce', 'cet', 'cette', 'l', 'la']);

export interface Dominant {
	start: number;
	end: number;
	/** By kind: the entity each kind's unnamed noun stands for in the part. */
	byKind: ReadonlyMap<string, Named>;
}

/** What each top-level part is about, kind by kind. */
export function dominantNames(text: string, sections: readonly Section[], names: readonly Named[]): Dominant[] {
	const kinds = new Set(UNNAMED_REFERENTS.map((referent) => referent.kind));
	const tops = sections.filter((section) => /^#\s/u.test(text.slice(section.start, section.start + 2)));
	const parts =
		tops.length === 0
			? [{ start: 0, end: text.length }]
			: [{ start: 0, end: tops[0].start }, ...tops.map((top, index) => ({ start: top.start, end: tops[index + 1]?.start ?? text.length }))];
	return parts.map((part) => {
		const counts = new Map<string, { named: Named; count: number }>();
		for (const named of names) {
			if (!kinds.has(named.kind) || named.weak || named.start < part.start || named.end > part.end) continue;
			const key = named.entityId ?? named.name;
			const entry = counts.get(key) ?? { named, count: 0 };
			counts.set(key, { ...entry, count: entry.count + 1 });
		}
		const byKind = new Map<string, Named>();
		for (const kind of kinds) {
			const best = [...counts.values()].filter((entry) => entry.named.kind === kind).sort((a, b) => b.count - a.count)[0];
			if (best && best.count >= 2) byKind.set(kind, best.named);
		}
		return { ...part, byKind };
	});
}

/**
 * « l'école », « la future école » for « École de production industrielle de Dieppe »: the first
 * noun of the name of the project in sight, after a determiner and at most one adjective, stands
 * for that project (its words, adjective included).
 */
function byHeadNoun(
	tokens: readonly Token[],
	index: number,
	about: (kind: string) => Named | undefined
): { words: string[]; kind: string } | undefined {
	const project = about('Project');
	const head = project ? foldedWords(project.name)[0] : undefined;
	if (!head || head.length < 4) return undefined;
	for (const length of [1, 2])
		if (tokens[index + length - 1]?.folded === head && tokens.slice(index, index + length).every((token) => !token.capitalised))
			return { words: tokens.slice(index, index + length).map((token) => token.folded), kind: 'Project' };
	return undefined;
}

/**
 * The unnamed nouns of a sentence (« du projet », not « le projet DKarbonation »), each standing
 * for what `about` gives for its kind, where the sentence names nothing of that kind.
 */
export function unnamedReferents(
	text: string,
	tokens: readonly Token[],
	sentence: Span,
	own: readonly Named[],
	about: (kind: string) => Named | undefined
): Named[] {
	const found: Named[] = [];
	const folded = tokens.map((token) => token.folded);
	for (let index = 1; index < tokens.length; index++) {
		if (tokens[index].start < sentence.start) continue;
		if (tokens[index].end > sentence.end) break;
		if (!DETERMINERS.has(folded[index - 1]) || tokens[index - 1].start < sentence.start) continue;
		const referent =
			UNNAMED_REFERENTS.find(
				(candidate) =>
					wordsAt(folded, candidate.words, index) && !candidate.notBefore?.includes(folded[index + candidate.words.length] ?? '')
			) ?? byHeadNoun(tokens, index, about);
		if (!referent) continue;
		const last = index + referent.words.length;
		const next = tokens[last];
		// « le projet DKarbonation »: the name that follows is what is meant.
		if (
			next &&
			next.end <= sentence.end &&
			next.capitalised &&
			/^[\s\u00a0\u202f«"“]*$/u.test(text.slice(tokens[last - 1].end, next.start))
		)
			continue;
		const antecedent = about(referent.kind);
		if (!antecedent || own.some((named) => named.kind === referent.kind || (named.first < last && named.last > index - 1))) continue;
		found.push({
			...antecedent,
			text: text.slice(tokens[index - 1].start, tokens[last - 1].end),
			start: tokens[index - 1].start,
			end: tokens[last - 1].end,
			first: index - 1,
			last,
			reason: `reprend « ${antecedent.name} »`
		});
	}
	return found;
}
