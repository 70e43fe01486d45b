import { parse } from 'yaml';
import { describeIssues } from '$lib/domain/issues';
import { savedQueryMetadataSchema, type SavedQuery } from '$lib/domain/saved-query';
import { cypher, cypherFolder } from '$lib/server/db/cypher';
import { tokenize } from './lexer';

/** The folder of the researchers' saved queries, under `cypher/`. */
export const LIBRARY_FOLDER = 'queries';

/** A saved query's file does not hold what the library needs; the message names the file and the field. */
export class SavedQueryFormatError extends Error {
	override name = 'SavedQueryFormatError';
}

/**
 * Reads a saved query file: its leading `//` comment lines hold YAML metadata (title and
 * description in French and English, typed parameters with defaults), the rest is the statement.
 * Comments keep the file runnable unchanged in Neo4j Browser or cypher-shell.
 */
export function parseSavedQuery(id: string, text: string): SavedQuery {
	const lines = text.split(/\r?\n/);
	const header: string[] = [];
	for (const line of lines) {
		if (!line.trimStart().startsWith('//')) break;
		header.push(line.trimStart().replace(/^\/\/ ?/, ''));
	}
	let raw: unknown;
	try {
		raw = parse(header.join('\n'));
	} catch (error) {
		throw new SavedQueryFormatError(`cypher/${LIBRARY_FOLDER}/${id}.cypher: the comment header is not YAML (${(error as Error).message})`);
	}
	const metadata = savedQueryMetadataSchema.safeParse(raw);
	if (!metadata.success) {
		throw new SavedQueryFormatError(`cypher/${LIBRARY_FOLDER}/${id}.cypher: ${describeIssues(metadata.error.issues)}`);
	}
	const declared = Object.keys(metadata.data.parameters).sort();
	const used = usedParameters(text);
	const undeclared = used.filter((name) => !declared.includes(name));
	const unused = declared.filter((name) => !used.includes(name));
	if (undeclared.length > 0 || unused.length > 0) {
		const problems = [
			...undeclared.map((name) => `$${name} is used but not declared`),
			...unused.map((name) => `${name} is declared but not used`)
		];
		throw new SavedQueryFormatError(`cypher/${LIBRARY_FOLDER}/${id}.cypher: ${problems.join('; ')}`);
	}
	return { id, ...metadata.data, cypher: text };
}

/** The `$parameters` a statement uses (comments and strings left out), sorted. */
export function usedParameters(text: string): string[] {
	const names = tokenize(text)
		.filter((token) => token.kind === 'parameter')
		.map((token) => token.value);
	return [...new Set(names)].sort();
}

let library: Map<string, SavedQuery> | undefined;

/** Every saved query, by id, read once; a malformed file throws on first use (and fails the tests). */
export function savedQueries(): Map<string, SavedQuery> {
	library ??= new Map(
		cypherFolder(LIBRARY_FOLDER).map((name) => {
			const id = name.slice(LIBRARY_FOLDER.length + 1);
			return [id, parseSavedQuery(id, cypher(name))];
		})
	);
	return library;
}
