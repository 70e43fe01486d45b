import type { z } from 'zod';
import { describeIssues } from '$lib/domain/issues';
import type { StoredProperties } from '$lib/domain/graph';
import { viewKeys } from '$lib/export/columns';
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
export function fieldValue(type: FieldType, text: string, where: string): StoredProperties[string] {
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

function stringList(text: string, where: string): StoredProperties[string] {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		throw new ExportFormatError(`${where}: not a JSON list`);
	}
	const scalar = (item: unknown) => ['string', 'number', 'boolean'].includes(typeof item);
	if (!Array.isArray(value) || !value.every(scalar)) throw new ExportFormatError(`${where}: not a JSON list of values`);
	return value as StoredProperties[string];
}

/** The key a stored column was written for (`stored_kind` where the name was taken). */
export const storedKey = (name: string) => name.replace(/^stored_/, '');

/**
 * A node's or edge's stored values, read back from its columns: the ones a view carries go back to
 * their fields; with `properties`, all of them (and the node's id and name) also make `properties`,
 * as the whole-graph export has them.
 */
export function fromStored(of: 'nodes' | 'edges', stored: StoredProperties, properties?: StoredProperties): Record<string, unknown> {
	const fields = Object.fromEntries(viewKeys[of].filter(({ key }) => key in stored).map(({ key }) => [key, stored[key]]));
	return properties ? { ...fields, properties: { ...properties, ...stored } } : fields;
}

/** Checks what a file gave against the graph schema; the error names the item and each field at fault. */
export function validated<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
	const result = schema.safeParse(value);
	if (result.success) return result.data;
	throw new ExportFormatError(`${where}: ${describeIssues(result.error.issues)}`);
}
