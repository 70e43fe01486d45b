import { describe, expect, it } from 'vitest';
import type { CompletionContext } from '@codemirror/autocomplete';
import { completeCypher, completionSource, enclosingPattern } from './completion';

const schema = {
	labels: ['Territory', 'Cluster', 'Company', 'Commune', 'Entity'],
	relationshipTypes: ['COLLABORATES_WITH', 'FUNDS', 'MEMBER_OF', 'LOCATED_IN'],
	propertyKeys: ['id', 'name', 'anctId', 'amountEur', 'nom à espaces']
};

/** The text after accepting the first option, as the editor would apply it. */
function accept(text: string, explicit = false): string {
	const completion = completeCypher(text, schema, explicit);
	if (!completion) throw new Error(`nothing offered for ${text}`);
	return text.slice(0, completion.from) + completion.options[0].apply;
}

describe('Cypher completion', () => {
	it('keeps the colon of a label: MATCH (t:Terr gives MATCH (t:Territory', () => {
		expect(accept('MATCH (t:Terr')).toBe('MATCH (t:Territory');
	});

	it('keeps the colon of a relationship type: -[:COLL gives -[:COLLABORATES_WITH', () => {
		expect(accept('MATCH (c:Cluster)-[:COLL')).toBe('MATCH (c:Cluster)-[:COLLABORATES_WITH');
		expect(accept('MATCH (c)-[link:mem')).toBe('MATCH (c)-[link:MEMBER_OF');
	});

	it('offers only the names that start with what was typed, whatever the case', () => {
		expect(completeCypher('MATCH (n:Co', schema)?.options.map((option) => option.label)).toEqual(['Commune', 'Company']);
		expect(completeCypher('MATCH (n:co', schema)?.options.map((option) => option.label)).toEqual(['Commune', 'Company']);
		expect(completeCypher('MATCH (n:Zz', schema)).toBeNull();
	});

	it('offers labels in a node, relationship types in a relationship, both right after the colon', () => {
		expect(completeCypher('MATCH (n:', schema)?.options.map((option) => option.kind)).toEqual(Array(5).fill('label'));
		expect(completeCypher('MATCH ()-[r:', schema)?.options.map((option) => option.kind)).toEqual(Array(4).fill('relationshipType'));
		expect(completeCypher('MATCH (a)-[r:FUNDS|MEM', schema)?.options.map((option) => option.label)).toEqual(['MEMBER_OF']);
		expect(completeCypher('MATCH (n) WHERE n:Clu', schema)?.options.map((option) => option.label)).toEqual(['Cluster']);
	});

	it('completes a property after a dot, and backquotes a name that is not an identifier', () => {
		expect(accept('MATCH (t:Territory) RETURN t.anc')).toBe('MATCH (t:Territory) RETURN t.anctId');
		expect(accept('RETURN n.nom')).toBe('RETURN n.`nom à espaces`');
	});

	it('offers nothing after the colon of a map key, nor a keyword unless asked', () => {
		expect(completeCypher("MATCH (n {name: 'x', id:", schema)).toBeNull();
		expect(completeCypher('MATCH (n) RET', schema)).toBeNull();
		expect(accept('MATCH (n) RET', true)).toBe('MATCH (n) RETURN');
	});

	it('offers nothing for a name already written in full, so that Enter makes a new line', () => {
		expect(completeCypher('MATCH (t:Territory', schema)).toBeNull();
		expect(completeCypher('MATCH ()-[:FUNDS', schema)).toBeNull();
		expect(completeCypher('MATCH (n:Compan', schema)?.options.map((option) => option.label)).toEqual(['Company']);
	});

	it('knows where the cursor stands among brackets, maps and strings', () => {
		expect(enclosingPattern('MATCH (a)-[r')).toBe('relationship');
		expect(enclosingPattern('MATCH (a)-[r]->(b')).toBe('node');
		expect(enclosingPattern("MATCH (a {name: ')'")).toBe('map');
		expect(enclosingPattern('MATCH (a) WHERE a')).toBe('top');
	});
});

describe('the editor’s completion source', () => {
	/** The part of CodeMirror's context the source reads: the text before the cursor. */
	const contextAt = (text: string, explicit = false) =>
		({
			pos: text.length,
			explicit,
			state: { sliceDoc: (from: number, to: number) => text.slice(from, to) }
		}) as unknown as CompletionContext;

	it('gives CodeMirror the options with their icon class, unfiltered, from where the name starts', () => {
		const result = completionSource(() => schema)(contextAt('MATCH (n:Co'));
		expect(result).toMatchObject({ from: 'MATCH (n:'.length, filter: false });
		expect(result?.options.map((option) => [option.label, option.type])).toEqual([
			['Commune', 'class'],
			['Company', 'class']
		]);
	});

	it('reads the schema when asked, so a schema arriving later is used', () => {
		let current: typeof schema | null = null;
		const source = completionSource(() => current);
		expect(source(contextAt('MATCH (n:Co'))).toBeNull();
		current = schema;
		expect(source(contextAt('MATCH (n:Co'))?.options).toHaveLength(2);
	});
});
