import type { z } from 'zod';
import { describeIssues } from '$lib/domain/issues';
import type { FieldType } from '$lib/export/export-graph';

/**
 * What the export tests read files back with: the app writes GraphML, GEXF, CSV and JSON but never
 * reads them, so the readers live here, beside the tests that check a file says what was written.
 */

/** A file that cannot be read back: not the format, or a node or edge that breaks the graph schema. */
export class ExportFormatError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ExportFormatError';
	}
}

/** Reads back a field's text; throws when it is not what the type says. */
export function fieldValue(type: FieldType, text: string, where: string): string | number | boolean | string[] {
	switch (type) {
		case 'string':
			return text;
		case 'boolean':
			if (text !== 'true' && text !== 'false') throw new ExportFormatError(`${where}: "${text}" is not a boolean`);
			return text === 'true';
		case 'list':
			return stringList(text, where);
		default: {
			const number = Number(text);
			if (text.trim() === '' || !Number.isFinite(number)) throw new ExportFormatError(`${where}: "${text}" is not a number`);
			return number;
		}
	}
}

function stringList(text: string, where: string): string[] {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		throw new ExportFormatError(`${where}: not a JSON list`);
	}
	if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
		throw new ExportFormatError(`${where}: not a JSON list of strings`);
	}
	return value;
}

/** Checks what a file gave against the graph schema; the error names the item and each field at fault. */
export function validated<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
	const result = schema.safeParse(value);
	if (result.success) return result.data;
	throw new ExportFormatError(`${where}: ${describeIssues(result.error.issues)}`);
}
