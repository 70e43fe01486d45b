import { ExportFormatError } from './fields';

/**
 * A small non-validating XML parser, enough to read GraphML and GEXF back in Node (which has no
 * DOMParser). It follows the XML 1.0 rules that decide what text comes back — line ends
 * normalised to `\n`, literal whitespace in attribute values turned into spaces, character
 * references kept — so that the tests catch what a real parser (Gephi's, yEd's) would change.
 */

export interface XmlElement {
	/** Qualified name as written (`viz:position`). */
	name: string;
	attributes: Record<string, string>;
	children: XmlElement[];
	/** The element's own text and CDATA, concatenated (not its children's). */
	text: string;
}

/** The part after the prefix: `viz:position` → `position`. */
export function localName(name: string): string {
	return name.slice(name.indexOf(':') + 1);
}

/** Direct children with this local name. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
	return element.children.filter((child) => localName(child.name) === name);
}

/** The first direct child with this local name. */
export function childNamed(element: XmlElement, name: string): XmlElement | undefined {
	return element.children.find((child) => localName(child.name) === name);
}

const namePattern = /[A-Za-z_:\u00C0-\uFFFF][-A-Za-z0-9_:.\u00B7\u00C0-\uFFFF]*/y;
const predefined: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Parses a whole document and returns its root element; throws `ExportFormatError` on malformed XML. */
export function parseXml(source: string): XmlElement {
	return new Parser(source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')).document();
}

class Parser {
	#at = 0;

	constructor(private readonly text: string) {}

	document(): XmlElement {
		this.#misc();
		if (this.text.startsWith('<!DOCTYPE', this.#at)) {
			this.#skipDoctype();
			this.#misc();
		}
		if (this.text[this.#at] !== '<') this.#fail('expected the root element');
		const root = this.#element();
		this.#misc();
		if (this.#at < this.text.length) this.#fail('content after the root element');
		return root;
	}

	/** Whitespace, comments and processing instructions (the XML declaration among them). */
	#misc(): void {
		for (;;) {
			while (/\s/.test(this.text[this.#at] ?? '')) this.#at++;
			if (this.text.startsWith('<!--', this.#at)) this.#skipPast('-->');
			else if (this.text.startsWith('<?', this.#at)) this.#skipPast('?>');
			else return;
		}
	}

	#skipDoctype(): void {
		const bracket = this.text.indexOf('[', this.#at);
		const close = this.text.indexOf('>', this.#at);
		if (bracket !== -1 && bracket < close) {
			this.#at = bracket;
			this.#skipPast(']');
		}
		this.#skipPast('>');
	}

	#skipPast(end: string): void {
		const index = this.text.indexOf(end, this.#at);
		if (index === -1) this.#fail(`missing "${end}"`);
		this.#at = index + end.length;
	}

	#name(): string {
		namePattern.lastIndex = this.#at;
		const match = namePattern.exec(this.text);
		if (!match) this.#fail('expected a name');
		this.#at += match[0].length;
		return match[0];
	}

	#element(): XmlElement {
		this.#at++; // '<'
		const element: XmlElement = { name: this.#name(), attributes: {}, children: [], text: '' };
		for (;;) {
			const spaced = this.#spaces();
			if (this.text.startsWith('/>', this.#at)) {
				this.#at += 2;
				return element;
			}
			if (this.text[this.#at] === '>') {
				this.#at++;
				break;
			}
			if (!spaced) this.#fail('expected a space before an attribute');
			const name = this.#name();
			this.#spaces();
			if (this.text[this.#at] !== '=') this.#fail(`expected "=" after ${name}`);
			this.#at++;
			this.#spaces();
			if (name in element.attributes) this.#fail(`attribute ${name} given twice`);
			element.attributes[name] = this.#attributeValue();
		}
		this.#content(element);
		return element;
	}

	#spaces(): boolean {
		const start = this.#at;
		while (/\s/.test(this.text[this.#at] ?? '')) this.#at++;
		return this.#at > start;
	}

	#attributeValue(): string {
		const quote = this.text[this.#at];
		if (quote !== '"' && quote !== "'") this.#fail('expected a quoted attribute value');
		const end = this.text.indexOf(quote, this.#at + 1);
		if (end === -1) this.#fail('unterminated attribute value');
		const raw = this.text.slice(this.#at + 1, end);
		if (raw.includes('<')) this.#fail('"<" in an attribute value');
		this.#at = end + 1;
		// Attribute-value normalisation: literal whitespace becomes a space, references stay what they say.
		return this.#decode(raw.replace(/[\t\n]/g, ' '));
	}

	#content(element: XmlElement): void {
		for (;;) {
			const next = this.text.indexOf('<', this.#at);
			if (next === -1) this.#fail(`unclosed element ${element.name}`);
			element.text += this.#decode(this.text.slice(this.#at, next));
			this.#at = next;
			if (this.text.startsWith('</', this.#at)) {
				this.#at += 2;
				const name = this.#name();
				if (name !== element.name) this.#fail(`</${name}> closes <${element.name}>`);
				this.#spaces();
				if (this.text[this.#at] !== '>') this.#fail('expected ">"');
				this.#at++;
				return;
			}
			if (this.text.startsWith('<![CDATA[', this.#at)) {
				const end = this.text.indexOf(']]>', this.#at);
				if (end === -1) this.#fail('unterminated CDATA section');
				element.text += this.text.slice(this.#at + 9, end);
				this.#at = end + 3;
			} else if (this.text.startsWith('<!--', this.#at)) this.#skipPast('-->');
			else if (this.text.startsWith('<?', this.#at)) this.#skipPast('?>');
			else element.children.push(this.#element());
		}
	}

	#decode(raw: string): string {
		return raw.replace(/&([^;&\s]*);?/g, (whole, body: string) => {
			if (!whole.endsWith(';')) this.#fail(`unterminated reference "${whole}"`);
			if (body in predefined) return predefined[body];
			const code = /^#x[0-9a-fA-F]+$/.test(body) ? parseInt(body.slice(2), 16) : /^#[0-9]+$/.test(body) ? parseInt(body.slice(1), 10) : NaN;
			if (!Number.isInteger(code) || code > 0x10ffff) this.#fail(`unknown reference "${whole}"`);
			return String.fromCodePoint(code);
		});
	}

	#fail(message: string): never {
		const line = this.text.slice(0, this.#at).split('\n').length;
		throw new ExportFormatError(`Malformed XML, line ${line}: ${message}`);
	}
}
