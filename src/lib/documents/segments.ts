import type { Mention, Section } from '$lib/domain/documents';

/**
 * A document's text cut for display: paragraphs within sections, each paragraph a run of plain
 * and highlighted pieces. Where mentions overlap, the longer one wins; offsets stay those of the
 * text, so a proposal's evidence (start, end) finds its paragraph.
 */

export interface Piece {
	text: string;
	start: number;
	mention?: Mention;
}

export interface Paragraph {
	start: number;
	end: number;
	pieces: Piece[];
}

export interface DisplaySection {
	title: string;
	start: number;
	/** The heading line itself is shown as the section's title, not repeated as a paragraph. */
	paragraphs: Paragraph[];
}

/** Mentions without overlaps: the longer first, then the earlier. */
export function nonOverlapping(mentions: readonly Mention[]): Mention[] {
	const kept: Mention[] = [];
	for (const mention of [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
		if (!kept.some((other) => mention.start < other.end && mention.end > other.start)) kept.push(mention);
	}
	return kept.sort((a, b) => a.start - b.start);
}

/** The pieces of text[start, end): plain runs between the mentions inside it. */
export function piecesOf(text: string, start: number, end: number, mentions: readonly Mention[]): Piece[] {
	const pieces: Piece[] = [];
	let at = start;
	for (const mention of mentions) {
		if (mention.start < start || mention.end > end) continue;
		if (mention.start > at) pieces.push({ text: text.slice(at, mention.start), start: at });
		pieces.push({ text: text.slice(mention.start, mention.end), start: mention.start, mention });
		at = mention.end;
	}
	if (at < end) pieces.push({ text: text.slice(at, end), start: at });
	return pieces;
}

/** Paragraphs are separated by blank lines; a single line break stays inside a paragraph. */
export function paragraphsOf(text: string, start: number, end: number): { start: number; end: number }[] {
	const spans: { start: number; end: number }[] = [];
	const pattern = /\n[ \t]*\n+/g;
	pattern.lastIndex = start;
	let from = start;
	for (let match = pattern.exec(text); match && match.index < end; match = pattern.exec(text)) {
		spans.push({ start: from, end: match.index });
		from = match.index + match[0].length;
	}
	spans.push({ start: from, end });
	return spans
		.map((span) => {
			let { start: first, end: last } = span;
			while (first < last && /\s/u.test(text[first])) first++;
			while (last > first && /\s/u.test(text[last - 1])) last--;
			return { start: first, end: last };
		})
		.filter((span) => span.end > span.start);
}

/** The text as sections of paragraphs of pieces. */
export function segmentsOf(text: string, sections: readonly Section[], mentions: readonly Mention[]): DisplaySection[] {
	const kept = nonOverlapping(mentions);
	const parts = sections.length > 0 ? sections : [{ title: '', start: 0, end: text.length }];
	return parts.map((section, index) => {
		// Past the first, a section opens with its heading line: the title shows it.
		const headingEnd = index === 0 ? section.start : text.indexOf('\n', section.start) + 1 || section.end;
		return {
			title: index === 0 ? '' : section.title,
			start: section.start,
			paragraphs: paragraphsOf(text, Math.min(headingEnd, section.end), section.end).map((span) => ({
				...span,
				pieces: piecesOf(text, span.start, span.end, kept)
			}))
		};
	});
}

/** The offsets of an excerpt in the text (spaces of any kind alike), to mark a fact's passage; null when absent. */
export function findExcerpt(text: string, excerpt: string): { start: number; end: number } | null {
	const words = excerpt
		.trim()
		.split(/[\s\u00a0\u202f]+/u)
		.filter(Boolean)
		.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	if (words.length === 0) return null;
	const found = new RegExp(words.join('[\\s\\u00a0\\u202f]+'), 'u').exec(text);
	return found ? { start: found.index, end: found.index + found[0].length } : null;
}
