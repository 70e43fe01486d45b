import { GRAPH_JSON_FORMAT, graphJsonSchema, type GraphJson } from '$lib/domain/export';
import type { ExportGraph } from '$lib/export/export-graph';
import { ExportFormatError, validated } from './fields';

/** Reads a Maillage JSON document; throws `ExportFormatError` naming what is wrong. */
export function parseGraphJson(text: string): GraphJson & ExportGraph {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		throw new ExportFormatError('Not a Maillage graph: the file is not JSON');
	}
	if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== GRAPH_JSON_FORMAT) {
		throw new ExportFormatError(`Not a Maillage graph: "format" is not "${GRAPH_JSON_FORMAT}"`);
	}
	return validated(graphJsonSchema, value, 'Maillage graph');
}
