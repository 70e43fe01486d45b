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
