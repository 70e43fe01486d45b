import { GRAPH_JSON_FORMAT, GRAPH_JSON_VERSION, graphJsonSchema, type GraphJson } from '$lib/domain/export';
import {
	ExportFormatError,
	exportAttribution,
	optionsFor,
	validated,
	writeGraph,
	type ExportGraph,
	type GraphWriter,
	type WriterOptions
} from './export-graph';

/** A value as JSON indented with tabs, starting `depth` tabs in. */
const indented = (value: unknown, depth: number) => JSON.stringify(value, null, '\t').replace(/\n/g, '\n' + '\t'.repeat(depth));

/**
 * The Maillage JSON document (`graphJsonSchema` in `$lib/domain/export` says what it holds),
 * piece by piece (see `GraphWriter`), indented so that it reads in an editor.
 */
export function graphJsonWriter(options: WriterOptions = {}): GraphWriter {
	let first = true;
	const item = (value: unknown) => {
		const text = `${first ? '' : ','}\n\t\t${indented(value, 2)}`;
		first = false;
		return text;
	};
	const close = () => (first ? ']' : '\n\t]');
	return {
		parts: ['nodes', 'edges'],
		start: () =>
			'{\n' +
			`\t"format": ${JSON.stringify(GRAPH_JSON_FORMAT)},\n\t"version": ${GRAPH_JSON_VERSION},\n` +
			`\t"exportedAt": ${JSON.stringify((options.now ?? new Date()).toISOString())},\n` +
			`\t"attribution": ${JSON.stringify(options.attribution ?? exportAttribution)},\n` +
			'\t"nodes": [',
		node: item,
		between: () => {
			const text = `${close()},\n\t"edges": [`;
			first = true;
			return text;
		},
		edge: item,
		end: () => `${close()}${options.positions ? `,\n\t"positions": ${indented(options.positions, 1)}` : ''}\n}\n`
	};
}

/** The graph as a Maillage JSON document. */
export function toGraphJson(graph: ExportGraph, exportedAt = new Date()): string {
	return writeGraph(graphJsonWriter(optionsFor(graph, exportedAt)), graph);
}

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
