/**
 * A small Cypher lexer: enough to tell keywords from the same letters inside strings, comments,
 * backquoted names, property keys and parameters, so that the rules of `rules.ts` can name what
 * they refuse. It is not the authority on what a statement does — the server's plan is (see
 * `plan.ts`) — so where this lexer and Neo4j's parser could disagree, the plan check still holds.
 */
export type TokenKind = 'word' | 'quoted' | 'string' | 'number' | 'parameter' | 'symbol';

export interface Token {
	kind: TokenKind;
	/** The word upper-cased for `word`, the name for `quoted` and `parameter`, the text otherwise. */
	value: string;
	/** The word as written. */
	text: string;
	/** Offset in the statement. */
	at: number;
}

/**
 * Characters Neo4j's parser or a browser may treat as white space or drop silently: zero-width
 * spaces and joiners, the byte-order mark, and every Unicode space separator.
 */
const SPACE = /[\s\u0085\u00a0\u1680\u180e\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]/u;
const WORD_START = /[\p{L}_]/u;
const WORD_PART = /[\p{L}\p{N}\p{Mn}\p{Mc}\p{Pc}]/u;

/** The tokens of a statement, comments and white space left out. Unterminated strings and comments end the text. */
export function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	let index = 0;
	while (index < text.length) {
		const char = text[index];
		const next = text[index + 1];
		if (SPACE.test(char)) {
			index++;
		} else if (char === '/' && next === '/') {
			index = endOfLine(text, index);
		} else if (char === '/' && next === '*') {
			const end = text.indexOf('*/', index + 2);
			index = end === -1 ? text.length : end + 2;
		} else if (char === "'" || char === '"') {
			const end = endOfString(text, index, char);
			tokens.push({ kind: 'string', value: text.slice(index + 1, end - 1), text: text.slice(index, end), at: index });
			index = end;
		} else if (char === '`') {
			const [name, end] = quotedName(text, index);
			tokens.push({ kind: 'quoted', value: name, text: name, at: index });
			index = end;
		} else if (char === '$') {
			const start = index + 1;
			let end = start;
			if (text[end] === '`') {
				const [name, after] = quotedName(text, end);
				tokens.push({ kind: 'parameter', value: name, text: name, at: index });
				index = after;
				continue;
			}
			while (end < text.length && WORD_PART.test(text[end])) end++;
			tokens.push({ kind: 'parameter', value: text.slice(start, end), text: text.slice(start, end), at: index });
			index = end;
		} else if (/[0-9]/.test(char)) {
			let end = index + 1;
			while (end < text.length && /[0-9a-zA-Z_.]/.test(text[end]) && !(text[end] === '.' && text[end + 1] === '.')) end++;
			tokens.push({ kind: 'number', value: text.slice(index, end), text: text.slice(index, end), at: index });
			index = end;
		} else if (WORD_START.test(char)) {
			let end = index + 1;
			while (end < text.length && WORD_PART.test(text[end])) end++;
			tokens.push({ kind: 'word', value: text.slice(index, end).toUpperCase(), text: text.slice(index, end), at: index });
			index = end;
		} else {
			tokens.push({ kind: 'symbol', value: char, text: char, at: index });
			index++;
		}
	}
	return tokens;
}

function endOfLine(text: string, from: number): number {
	const match = /[\n\r\u2028\u2029\u0085]/u.exec(text.slice(from));
	return match ? from + match.index + 1 : text.length;
}

function endOfString(text: string, from: number, quote: string): number {
	let index = from + 1;
	while (index < text.length) {
		if (text[index] === '\\') index += 2;
		else if (text[index] === quote) return index + 1;
		else index++;
	}
	return text.length;
}

/** A backquoted name (`` `a``b` `` is "a`b") and the offset after it. */
function quotedName(text: string, from: number): [string, number] {
	let name = '';
	let index = from + 1;
	while (index < text.length) {
		if (text[index] === '`' && text[index + 1] === '`') {
			name += '`';
			index += 2;
		} else if (text[index] === '`') {
			return [name, index + 1];
		} else {
			name += text[index++];
		}
	}
	return [name, text.length];
}
