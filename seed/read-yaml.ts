import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { formatPath, type Problem } from './problems';

export interface YamlFile<T> {
	/** The validated content, or undefined when the file has problems. */
	data: T | undefined;
	problems: Problem[];
	/** Line (1-based) of the value at a path, or of its nearest existing parent. */
	lineOf(path: readonly PropertyKey[]): number | undefined;
}

/**
 * Reads a YAML file and validates it with a zod schema, reporting every problem with the line it
 * is on — syntax errors and schema errors alike — instead of stopping at the first.
 */
export async function readYamlFile<S extends z.ZodType>(
	absolutePath: string,
	displayPath: string,
	schema: S
): Promise<YamlFile<z.infer<S>>> {
	let text: string;
	try {
		text = await readFile(absolutePath, 'utf8');
	} catch (caught) {
		const reason = caught instanceof Error ? caught.message : String(caught);
		return {
			data: undefined,
			problems: [{ file: displayPath, field: '(file)', message: `cannot be read: ${reason}` }],
			lineOf: () => undefined
		};
	}
	return parseYamlText(text, displayPath, schema);
}

/** Same as readYamlFile, from text already in memory. */
export function parseYamlText<S extends z.ZodType>(text: string, displayPath: string, schema: S): YamlFile<z.infer<S>> {
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const lineOf = (path: readonly PropertyKey[]) => lineOfPath(document, lineCounter, path);
	if (document.errors.length > 0) {
		return {
			data: undefined,
			problems: document.errors.map((yamlError) => ({
				file: displayPath,
				line: lineCounter.linePos(yamlError.pos[0]).line,
				field: '(syntax)',
				message: yamlError.message.split('\n')[0]
			})),
			lineOf
		};
	}
	const parsed = schema.safeParse(document.toJS() ?? {});
	if (parsed.success) return { data: parsed.data, problems: [], lineOf };
	return {
		data: undefined,
		problems: parsed.error.issues.map((issue) => ({
			file: displayPath,
			line: lineOf(issue.path),
			field: formatPath(issue.path),
			message: issue.message
		})),
		lineOf
	};
}

function lineOfPath(document: Document, lineCounter: LineCounter, path: readonly PropertyKey[]): number | undefined {
	for (let length = path.length; length >= 0; length--) {
		const prefix = path.slice(0, length) as (string | number)[];
		const node = length === 0 ? document.contents : document.getIn(prefix, true);
		const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
		if (range) return lineCounter.linePos(range[0]).line;
	}
	return undefined;
}
