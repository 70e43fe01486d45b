import type { ProposalType, Section } from '$lib/domain/documents';
import { foldedWords } from '$lib/domain/text';
import { LABELS } from './cues';
import type { Span } from './french';
import { sectionAt } from './sections';

/** The parts of a text and the labels its lines fall under, for relating names by the layout. */

/** The label a sentence falls under: its own (« Partenaires : … ») or its section's title (« ## Financement »). */
export function labelOf(text: string, sections: readonly Section[], sentence: Span): { type: ProposalType; role?: string } | undefined {
	const own = /^[-–•*\s]*([\p{L}' ]{3,30})\s*:/u.exec(text.slice(sentence.start, sentence.end));
	const title = sectionAt(sections, sentence.start)?.title;
	for (const candidate of [own?.[1], title]) {
		const label = candidate ? LABELS.get(foldedWords(candidate).join(' ')) : undefined;
		if (label) return label;
	}
	return undefined;
}

/**
 * The parts of a text: each section, its heading (or for the first, the title: a short first line
 * standing alone) and its body; a top-level Markdown heading (« # … ») reaches to the next one.
 */
export function partsOf(text: string, sections: readonly Section[]): { heading: Span; end: number; top: boolean; topEnd: number }[] {
	const lineEnd = (start: number) => (text.indexOf('\n', start) === -1 ? text.length : text.indexOf('\n', start));
	const tops = sections.filter((section) => /^#\s/u.test(text.slice(section.start, section.start + 2)));
	return sections.map((section, index) => {
		const titled = index > 0 || (lineEnd(0) <= 160 && text.slice(lineEnd(0), lineEnd(0) + 2) === '\n\n');
		const heading = { start: section.start, end: titled ? lineEnd(section.start) : section.start };
		const top = tops.includes(section);
		const topEnd = top ? (tops[tops.indexOf(section) + 1]?.start ?? text.length) : section.end;
		return { heading, end: section.end, top, topEnd };
	});
}
