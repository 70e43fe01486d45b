import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeAs, decodeText, knownEncoding } from './text';

/**
 * A web page's article: Readability (Firefox's reader view) keeps the main content and drops
 * menus, footers, banners and asides; linkedom gives it a DOM, lighter than jsdom and enough for
 * it, since nothing is rendered and no script runs. The article is then written out as text,
 * one paragraph, heading or list item per block.
 */

/** The encoding a page declares (BOM, `<meta charset>`, or `http-equiv` Content-Type), else null. */
export function declaredEncoding(bytes: Uint8Array): string | null {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
	// Latin-1 keeps one character per byte: the declaration is ASCII whatever the encoding.
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
	const label = /<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1]?.toLowerCase();
	return label && knownEncoding(label) ? label : null;
}

/** The page's text: as declared, else UTF-8 (or Windows-1252 when the bytes are not UTF-8). */
export function decodeHtml(bytes: Uint8Array): string {
	const declared = declaredEncoding(bytes);
	return declared ? decodeAs(declared, bytes) : decodeText(bytes).text;
}

const BLOCKS = new Set(
	'address article aside blockquote caption dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody thead tfoot tr ul'.split(
		' '
	)
);
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'button', 'select', 'textarea', 'iframe']);

/** Inline whitespace as a browser shows it: runs of spaces, tabs and line ends are one space; no-break spaces stay. */
const collapse = (text: string) => text.replace(/[ \t\n\r\f]+/g, ' ');

/** A DOM subtree as text: each block on its own, separated by a blank line; `<br>` a line break. */
export function blocksOf(root: Node): string {
	const blocks: string[] = [];
	let inline = '';
	const flush = () => {
		const text = inline
			.split('\n')
			.map((line) => line.replace(/^ +| +$/g, ''))
			.join('\n')
			.trim();
		if (text) blocks.push(text);
		inline = '';
	};
	const walk = (node: Node, preformatted: boolean) => {
		if (node.nodeType === 3) {
			inline += preformatted ? (node.textContent ?? '') : collapse(node.textContent ?? '');
			return;
		}
		if (node.nodeType !== 1) return;
		const tag = (node as Element).tagName.toLowerCase();
		if (SKIPPED.has(tag)) return;
		if (tag === 'br') {
			inline += '\n';
			return;
		}
		if (tag === 'td' || tag === 'th') inline += '\t';
		const block = BLOCKS.has(tag);
		if (block) flush();
		for (const child of Array.from(node.childNodes)) walk(child, preformatted || tag === 'pre');
		if (block) flush();
	};
	walk(root, false);
	flush();
	return blocks.join('\n\n');
}

/** What is not the article, for a page Readability finds no article in: navigation, banners, forms. */
const CHROME =
	'nav, header, footer, aside, form, [role="navigation"], [role="banner"], [role="contentinfo"], [role="dialog"], [aria-hidden="true"], [class*="cookie" i], [id*="cookie" i], [class*="consent" i]';

/** The page's own title: its Open Graph title (without the site's name, usually), else `<title>`. */
function titleOf(document: Document): string | undefined {
	const og = document.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim();
	const title = og || document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim();
	return title || undefined;
}

/** linkedom builds a document only from a whole page: a fragment (a saved `<article>`, a few `<p>`) is wrapped in one. */
function parsePage(html: string): Document {
	return parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`).document;
}

/** The main text of a page and its title. */
export function extractHtml(bytes: Uint8Array): { text: string; title?: string } {
	const html = decodeHtml(bytes);
	const document = parsePage(html);
	const title = titleOf(document);
	const headings = Array.from(document.querySelectorAll('h1'));
	// Readability keeps the article's <h1> as the title and drops it from the content; the text keeps it, as its first line.
	const heading = headings.length === 1 ? collapse(headings[0].textContent ?? '').trim() : '';
	const article = new Readability(document).parse();
	let text = article?.content ? blocksOf(parsePage(article.content).body) : '';
	if (text.length < 200) {
		// Readability found no article, or a sliver of a small page it then keeps whole, menus and
		// all: the page itself, without what surely is not its text, reads better.
		const page = parsePage(html);
		for (const element of Array.from(page.querySelectorAll(CHROME))) element.remove();
		text = blocksOf(page.body ?? page.documentElement) || text;
	}
	if (heading && !text.slice(0, heading.length + 200).includes(heading)) text = `${heading}\n\n${text}`;
	return { text, ...(title ? { title } : {}) };
}
