import type { CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import type { GraphSchema } from '$lib/domain/graph-schema';

/**
 * What the Cypher editor offers as the person types, worked out from the text before the cursor
 * alone, so that it can be tested without an editor. The package's own completion replaced the
 * colon along with the word (`MATCH (t:Terr` became `MATCH (tTerritory`) and listed every name
 * whatever was typed; here only the word after the colon is replaced, and only names that start
 * with what was typed are offered.
 */
export type CompletionKind = 'label' | 'relationshipType' | 'property' | 'keyword';

export interface CompletionOption {
	/** The name as the list shows it. */
	label: string;
	/** What replaces the typed word: the name, backquoted when it is not a plain identifier. */
	apply: string;
	kind: CompletionKind;
}

export interface CypherCompletion {
	/** Offset in the text where the replaced word starts (after the colon or the dot). */
	from: number;
	options: CompletionOption[];
}

/** Clause and operator words, offered only when the person asks (Ctrl+Space): typing Enter after a keyword must stay a new line. */
const KEYWORDS = [
	'MATCH',
	'OPTIONAL MATCH',
	'WHERE',
	'RETURN',
	'WITH',
	'ORDER BY',
	'LIMIT',
	'SKIP',
	'UNWIND',
	'CALL',
	'YIELD',
	'DISTINCT',
	'AS',
	'AND',
	'OR',
	'NOT',
	'IN',
	'IS NULL',
	'IS NOT NULL',
	'CONTAINS',
	'STARTS WITH',
	'ENDS WITH',
	'CASE',
	'WHEN',
	'THEN',
	'ELSE',
	'END',
	'EXISTS',
	'COUNT',
	'COLLECT',
	'SHORTEST',
	'UNION'
];

const IDENTIFIER = /^[\p{L}_][\p{L}\p{N}_]*$/u;
const LABEL_BEFORE_CURSOR = /(?::|[|&])\s*(`?)([\p{L}\p{N}_]*)$/u;
const PROPERTY_BEFORE_CURSOR = /[\p{L}_][\p{L}\p{N}_]*\.(`?)([\p{L}\p{N}_]*)$/u;
const WORD_BEFORE_CURSOR = /[\p{L}_][\p{L}\p{N}_]*$/u;

/** The completion for the text before the cursor, or null when there is nothing to offer. */
export function completeCypher(textBefore: string, schema: GraphSchema | null, explicit = false): CypherCompletion | null {
	const label = LABEL_BEFORE_CURSOR.exec(textBefore);
	if (label && schema) {
		const inside = enclosingPattern(textBefore.slice(0, label.index));
		if (inside !== 'map') {
			// Outside any pattern, `WHERE n:Cluster` tests a label.
			const names = inside === 'relationship' ? schema.relationshipTypes : schema.labels;
			const kind = inside === 'relationship' ? 'relationshipType' : 'label';
			return offer(textBefore.length - label[1].length - label[2].length, label[2], names, kind);
		}
	}
	const property = PROPERTY_BEFORE_CURSOR.exec(textBefore);
	if (property && schema) {
		return offer(textBefore.length - property[1].length - property[2].length, property[2], schema.propertyKeys, 'property');
	}
	if (!explicit) return null;
	const word = WORD_BEFORE_CURSOR.exec(textBefore)?.[0] ?? '';
	const keywords = KEYWORDS.filter((keyword) => keyword.toLowerCase().startsWith(word.toLowerCase()) && keyword !== word);
	if (keywords.length === 0) return null;
	return {
		from: textBefore.length - word.length,
		options: keywords.map((keyword) => ({ label: keyword, apply: keyword, kind: 'keyword' }))
	};
}

function offer(from: number, typed: string, names: string[], kind: CompletionKind): CypherCompletion | null {
	const wanted = typed.toLowerCase();
	const options = [...new Set(names)]
		// A name already written in full completes nothing: offering it would hold the list open, and Enter would take it instead of a new line.
		.filter((name) => name.toLowerCase().startsWith(wanted) && name !== typed)
		.sort((a, b) => a.localeCompare(b))
		.map((name) => ({ label: name, apply: IDENTIFIER.test(name) ? name : `\`${name.replaceAll('`', '``')}\``, kind }));
	return options.length > 0 ? { from, options } : null;
}

/**
 * Whether the text ends inside a node pattern `( … `, a relationship pattern `[ … `, a map `{ … `
 * (where a colon separates a key from its value) or none of them, by walking back over balanced
 * brackets and quoted strings. Unbalanced text counts as a map: better no suggestion than a wrong one.
 */
export function enclosingPattern(text: string): 'node' | 'relationship' | 'map' | 'top' {
	const closers: string[] = [];
	let quote: string | null = null;
	for (let i = text.length - 1; i >= 0; i--) {
		const char = text[i];
		if (quote) {
			if (char === quote && text[i - 1] !== '\\') quote = null;
			continue;
		}
		if (char === "'" || char === '"') {
			// Walking back from inside a string: an odd number of quotes before it.
			quote = char;
			continue;
		}
		if (char === ')' || char === ']' || char === '}') closers.push(char);
		else if (char === '(' || char === '[' || char === '{') {
			const expected = char === '(' ? ')' : char === '[' ? ']' : '}';
			if (closers.length === 0) return char === '(' ? 'node' : char === '[' ? 'relationship' : 'map';
			if (closers.pop() !== expected) return 'map';
		}
	}
	return 'top';
}

/** CodeMirror's icon class for each kind of name. */
const COMPLETION_TYPES: Record<CompletionKind, string> = {
	label: 'class',
	relationshipType: 'type',
	property: 'property',
	keyword: 'keyword'
};

/**
 * The editor's completion source, in place of the package's: the schema is read when asked, so
 * it may arrive after the editor.
 */
export function completionSource(schema: () => GraphSchema | null): (context: CompletionContext) => CompletionResult | null {
	return (context) => {
		const completion = completeCypher(context.state.sliceDoc(0, context.pos), schema(), context.explicit);
		if (!completion) return null;
		const options = completion.options.map(({ label, apply, kind }) => ({ label, apply, type: COMPLETION_TYPES[kind] }));
		return { from: completion.from, options, filter: false };
	};
}
