/**
 * Every Cypher statement of Maillage lives in its own file under `cypher/`; they are bundled as
 * strings at build time. `cypher('search/search-entities')` returns one statement and throws at
 * import time when the file does not exist, so a typo never reaches a request.
 */
const files = import.meta.glob('/cypher/**/*.cypher', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

const statements = new Map(Object.entries(files).map(([path, text]) => [path.replace(/^\/cypher\//, '').replace(/\.cypher$/, ''), text]));

/** The statement stored in `cypher/<name>.cypher`. */
export function cypher(name: string): string {
	const text = statements.get(name);
	if (text === undefined) throw new Error(`No Cypher file cypher/${name}.cypher`);
	return text;
}

/** Names of every statement under a folder, sorted, e.g. `cypherFolder('schema')`. */
export function cypherFolder(folder: string): string[] {
	return [...statements.keys()].filter((name) => name.startsWith(`${folder}/`)).sort();
}

/** Every statement name, for the EXPLAIN pass of the integration tests. */
export function allCypherNames(): string[] {
	return [...statements.keys()].sort();
}

/**
 * A statement written once per bound of its variable-length search. Neo4j bounds a shortest-path
 * search only by a literal in the pattern: a bound given as a parameter, or applied after the
 * search (`WHERE length(path) <= $maxLength`), lets the search run on to the pattern's own bound.
 * The file writes its longest bound, as `*..8`; this returns the statement for each bound from 1
 * to that longest, the literal rewritten. The bounds come from this fixed range, never from a
 * request's text. Throws at import time when the file does not write `*..<longest>` exactly once.
 */
export function cypherPerBound(name: string, longest: number): Map<number, string> {
	const text = cypher(name);
	const bound = `*..${longest}]`;
	if (text.split(bound).length !== 2) throw new Error(`cypher/${name}.cypher must write its bound \`${bound}\` exactly once`);
	return new Map(Array.from({ length: longest }, (_, index) => [index + 1, text.replace(bound, `*..${index + 1}]`)]));
}
