import type { Section } from '$lib/domain/documents';
import { foldedWords } from '$lib/domain/text';
import type { TakingPart } from './interviews';
import { ACTING, classOf, type Named } from './kinds';

/**
 * « ## Acteurs et collaboration » followed by a bare list of names (« Territoire d'industrie Sud
 * Isère, Grenoble INP, Université Grenoble-Alpes (UGA), le Pôle de compétitivité Minalogic… »),
 * then « ## Le projet et ses objectifs » naming the project: the actors listed take part in the
 * project of their top-level part (« # Collaboration entre… »), the first one it names.
 */

/** A line of at least this many names, with nothing else but separators and a few short words. */
const MIN_LISTED = 3;

export function listedActors(text: string, sections: readonly Section[], names: readonly Named[]): TakingPart[] {
	const tops = sections.filter((section) => /^#\s/u.test(text.slice(section.start, section.start + 2)));
	const found: TakingPart[] = [];
	for (const section of sections) {
		if (foldedWords(section.title)[0] !== 'acteurs') continue;
		const top = tops.filter((candidate) => candidate.start <= section.start).at(-1);
		const topEnd = top ? (tops[tops.indexOf(top) + 1]?.start ?? text.length) : text.length;
		const project = names.find(
			(named) => named.kind === 'Project' && !named.weak && named.start >= (top?.start ?? 0) && named.end <= topEnd
		);
		if (!project) continue;
		let lineStart = section.start;
		for (const line of text.slice(section.start, section.end).split('\n')) {
			const lineEnd = lineStart + line.length;
			const listed = names.filter((named) => named.start >= lineStart && named.end <= lineEnd && ACTING.has(classOf(named)) && !named.weak);
			const rest = listed.reduceRight((left, named) => left.slice(0, named.start - lineStart) + left.slice(named.end - lineStart), line);
			// Besides the names: commas, articles, acronyms in parentheses, and a few words (« des entreprises »).
			const bare = foldedWords(rest.replace(/\([^)]*\)/gu, ' ')).filter(
				(word) => !['le', 'la', 'les', 'l', 'de', 'des', 'du', 'd', 'et'].includes(word)
			);
			if (listed.length >= MIN_LISTED && bare.length <= listed.length * 2)
				for (const named of listed) found.push({ from: named, to: project, confidence: 0.45, cue: 'liste des acteurs de la partie' });
			lineStart = lineEnd + 1;
		}
	}
	return found;
}
