import type { Section } from '$lib/domain/documents';

/**
 * The sections of a text, from its headings: a Markdown heading (« ## Acteurs »), a numbered one
 * (« 2. Le projet », « II - Financement »), or a short line standing alone between blank lines
 * without a sentence's final punctuation. Text before the first heading is the « Introduction ».
 */

const MARKDOWN = /^#{1,6}\s+(.+?)\s*#*\s*$/;
const NUMBERED = /^(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[IVX]{1,5}[.)\s-])\s*\p{Lu}/u;

function headingOf(line: string, before: string | undefined, after: string | undefined): string | null {
	const trimmed = line.trim();
	if (!trimmed) return null;
	const markdown = MARKDOWN.exec(trimmed);
	if (markdown) return markdown[1].replace(/\*+/g, '').trim();
	if (trimmed.length > 90 || /[.;:,!?…»"]$/u.test(trimmed) || !/^[\p{Lu}\p{N}]/u.test(trimmed)) return null;
	if (trimmed.startsWith('- ') || trimmed.startsWith('* ')) return null;
	const alone = !before?.trim() && (after === undefined || !after.trim());
	if (alone || NUMBERED.test(trimmed)) return trimmed.replace(/\*+/g, '');
	return null;
}

export function sectionsOf(text: string, title = 'Introduction'): Section[] {
	const lines = text.split('\n');
	const sections: Section[] = [];
	let offset = 0;
	let current: Section = { title, start: 0, end: text.length };
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index];
		const heading = index === 0 ? null : headingOf(line, lines[index - 1], lines[index + 1]);
		if (heading) {
			current.end = offset;
			if (current.end > current.start && text.slice(current.start, current.end).trim()) sections.push(current);
			current = { title: heading, start: offset, end: text.length };
		}
		offset += line.length + 1;
	}
	current.end = text.length;
	sections.push(current);
	return sections;
}

/** The section a position falls in. */
export function sectionAt(sections: readonly Section[], position: number): Section | undefined {
	return sections.find((section) => position >= section.start && position < section.end) ?? sections.at(-1);
}
