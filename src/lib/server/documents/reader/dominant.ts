import type { Section } from '$lib/domain/documents';
import type { Span, Token } from './french';
import type { Named } from './kinds';

/**
 * « Le projet », « du projet », « cette action » that name no project stand for the project the
 * part of the text is about: the one named most often in its top-level part (« # … »), or in the
 * whole text when it has none, at least twice. « La CUD assure la coordination générale du projet »
 * under « # Collaboration… » where « le projet DKarbonation » is named three times further down.
 */

const NOUNS = new Set(['projet', 'action', 'operation', 'initiative', 'dispositif']);
const DETERMINERS = new Set(['le', 'du', 'au', 'ce', 'cet', 'cette', 'l', 'la', 'de']);

/** The project each top-level part is about, by the offset the part starts at. */
export function dominantProjects(
	text: string,
	sections: readonly Section[],
	names: readonly Named[]
): { start: number; end: number; project: Named }[] {
	const tops = sections.filter((section) => /^#\s/u.test(text.slice(section.start, section.start + 2)));
	const parts =
		tops.length === 0
			? [{ start: 0, end: text.length }]
			: [{ start: 0, end: tops[0].start }, ...tops.map((top, index) => ({ start: top.start, end: tops[index + 1]?.start ?? text.length }))];
	return parts.flatMap((part) => {
		const counts = new Map<string, { project: Named; count: number }>();
		for (const named of names) {
			if (named.kind !== 'Project' || named.start < part.start || named.end > part.end) continue;
			const key = named.entityId ?? named.name;
			const entry = counts.get(key) ?? { project: named, count: 0 };
			counts.set(key, { ...entry, count: entry.count + 1 });
		}
		const best = [...counts.values()].sort((a, b) => b.count - a.count)[0];
		return best && best.count >= 2 ? [{ ...part, project: best.project }] : [];
	});
}

/** The unnamed project words of a sentence (« du projet », not « le projet DKarbonation »), standing for `project`. */
export function unnamedProjects(text: string, tokens: readonly Token[], sentence: Span, own: readonly Named[], project: Named): Named[] {
	const found: Named[] = [];
	for (let index = 1; index < tokens.length; index++) {
		const token = tokens[index];
		if (token.start < sentence.start) continue;
		if (token.end > sentence.end) break;
		if (!NOUNS.has(token.folded) || !DETERMINERS.has(tokens[index - 1].folded) || tokens[index - 1].start < sentence.start) continue;
		const next = tokens[index + 1];
		// « le projet DKarbonation »: the name that follows is the project.
		if (next && next.end <= sentence.end && next.capitalised && /^[\s\u00a0\u202f«"“]*$/u.test(text.slice(token.end, next.start))) continue;
		if (own.some((named) => named.first <= index && named.last > index)) continue;
		found.push({
			...project,
			text: text.slice(tokens[index - 1].start, token.end),
			start: tokens[index - 1].start,
			end: token.end,
			first: index - 1,
			last: index + 1,
			reason: `reprend « ${project.name} »`
		});
	}
	return found;
}
