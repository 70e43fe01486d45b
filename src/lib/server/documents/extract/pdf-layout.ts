/**
 * A PDF's text as paragraphs. A PDF has no paragraphs: it places runs of glyphs at coordinates.
 * Runs on one baseline make a line; lines of the same size, close under each other, make a
 * paragraph; a larger size is a heading, a line on its own; a wider gap ends a paragraph. Lines
 * repeated at the top or bottom of most pages (running headers, « Page 3 sur 12 ») are dropped.
 * Pure functions over pdf.js's text items, so they are tested without a PDF.
 */

/** A run of text as pdf.js gives it (`getTextContent().items`), reduced to what layout needs. */
export interface TextRun {
	str: string;
	/** The text matrix [a, b, c, d, x, y]: x and y the start of the baseline, d the vertical scale (the size). */
	transform: readonly number[];
	width: number;
	height: number;
	/** pdf.js's mark that a line ends after this run. */
	hasEOL?: boolean;
}

export interface Line {
	text: string;
	x: number;
	/** Baseline height from the bottom of the page. */
	y: number;
	end: number;
	size: number;
}

const sizeOf = (run: TextRun) => Math.abs(run.transform[3]) || Math.abs(run.transform[0]) || run.height;

/** Runs into lines, in the order of the page's content (pdf.js's order, the writer's reading order). */
export function linesOf(runs: readonly TextRun[]): Line[] {
	const lines: Line[] = [];
	let current: Line | null = null;
	for (const run of runs) {
		const size = sizeOf(run);
		const x = run.transform[4];
		const y = run.transform[5];
		if (run.str !== '') {
			const sameLine = current && Math.abs(y - current.y) < 0.5 * Math.max(size, current.size) && x > current.end - 0.5 * size;
			if (current && sameLine) {
				// A gap wider than a fifth of the size is a space the PDF did not write as a glyph.
				const gap = x - current.end;
				const spaced = /\s$/.test(current.text) || /^\s/.test(run.str) || gap < 0.2 * size;
				current.text += spaced ? run.str : ` ${run.str}`;
				current.end = Math.max(current.end, x + run.width);
				current.size = Math.max(current.size, size);
			} else {
				current = { text: run.str, x, y, end: x + run.width, size };
				lines.push(current);
			}
		}
		if (run.hasEOL) current = null;
	}
	return lines.map((line) => ({ ...line, text: line.text.replace(/[ \t]+/g, ' ').trim() })).filter((line) => line.text !== '');
}

/** A line's text with its numbers blanked: « Page 3 sur 12 » and « Page 4 sur 12 » are the same running footer. */
const repeatKey = (line: Line) => line.text.toLowerCase().replace(/\d+/g, '#');

/**
 * Pages without their running headers and footers: a line among the two highest or the two
 * lowest of its page whose text (numbers aside) is there on at least 60 % of the pages, and on
 * two pages at least. A one-page document keeps everything: nothing tells a header there.
 */
export function withoutRunningLines(pages: readonly Line[][]): Line[][] {
	if (pages.length < 2) return pages.map((lines) => [...lines]);
	const edges = pages.map((lines) => {
		const byHeight = [...lines].sort((a, b) => b.y - a.y);
		return new Set([...byHeight.slice(0, 2), ...byHeight.slice(-2)]);
	});
	const pagesWith = new Map<string, number>();
	for (const edge of edges) for (const key of new Set([...edge].map(repeatKey))) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
	const needed = Math.max(2, Math.ceil(0.6 * pages.length));
	return pages.map((lines, index) => lines.filter((line) => !(edges[index].has(line) && (pagesWith.get(repeatKey(line)) ?? 0) >= needed)));
}

/** The size most of the text is set in: the body, against which a heading is larger. */
function bodySize(lines: readonly Line[]): number {
	const characters = new Map<number, number>();
	for (const line of lines) characters.set(Math.round(line.size), (characters.get(Math.round(line.size)) ?? 0) + line.text.length);
	return [...characters].reduce((top, entry) => (entry[1] > top[1] ? entry : top), [0, 0])[0];
}

/**
 * The usual distance between two lines of a paragraph: the lower median of the gaps between
 * lines of the same size (the gaps between paragraphs are the larger, rarer ones).
 */
function lineSpacing(pages: readonly Line[][]): number | null {
	const gaps: number[] = [];
	for (const lines of pages)
		for (let index = 1; index < lines.length; index += 1) {
			const [above, below] = [lines[index - 1], lines[index]];
			const gap = above.y - below.y;
			if (Math.abs(above.size - below.size) < 0.5 && gap > 0 && gap < 3 * below.size) gaps.push(gap);
		}
	if (gaps.length === 0) return null;
	gaps.sort((a, b) => a - b);
	return gaps[Math.floor((gaps.length - 1) / 2)];
}

/**
 * Two lines of a paragraph as one text: a word cut by a hyphen at the end of a line is joined
 * (« dévelop- / pement »); a hyphen before a capital is a compound's and stays (« Saint- /
 * Étienne »); else a space.
 */
export function joinLines(first: string, second: string): string {
	if (/\p{L}\u00AD$/u.test(first)) return first.slice(0, -1) + second;
	if (/\p{L}[-\u2010]$/u.test(first)) return /^\p{Ll}/u.test(second) ? first.slice(0, -1) + second : first + second;
	return `${first} ${second}`;
}

/** Pages of lines into the text: paragraphs and headings separated by a blank line. */
export function paragraphsOf(pages: readonly Line[][]): string {
	const body = bodySize(pages.flat());
	const spacing = lineSpacing(pages) ?? 1.2 * body;
	const isHeading = (line: Line) => line.size > 1.15 * body;
	const paragraphs: string[] = [];
	let open: { text: string; last: Line } | null = null;
	for (const lines of pages) {
		let previous: Line | null = null;
		for (const line of lines) {
			const continues =
				open !== null &&
				isHeading(line) === isHeading(open.last) &&
				Math.abs(line.size - open.last.size) < 0.15 * line.size &&
				// On the same page, the next line is just below; across a page break, a sentence left open continues.
				(previous ? previous.y - line.y > 0 && previous.y - line.y < 1.35 * spacing : !/[.!?:;»)]$/u.test(open.text));
			if (open && continues) {
				open.text = joinLines(open.text, line.text);
				open.last = line;
			} else {
				if (open) paragraphs.push(open.text);
				open = { text: line.text, last: line };
			}
			previous = line;
		}
	}
	if (open) paragraphs.push(open.text);
	return paragraphs.join('\n\n');
}
